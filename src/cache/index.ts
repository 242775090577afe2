// The cache stage: per-paper extraction results kept between builds (incremental builds).
export { type CacheOpenReport, ExtractionCache } from './extraction-cache';
