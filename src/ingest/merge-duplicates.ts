// Merges duplicate papers across and within files: the same id, the same DOI or the same normalised title is
// one paper. The first keeps its place and values; later copies only fill its missing fields.
import type { IngestIssue, Paper } from '../types';
import { normaliseTitle } from './normalise';

type MutablePaper = { -readonly [K in keyof Paper]: Paper[K] };

/** Fields a later duplicate may fill in. */
const FILLABLE = ['year', 'authors', 'venue', 'url', 'doi'] as const;

export class DuplicateMerger {
  private readonly kept: MutablePaper[] = [];
  private readonly byId = new Map<string, number>();
  private readonly byDoi = new Map<string, number>();
  private readonly byTitle = new Map<string, number>();
  duplicates = 0;

  /** Adds a paper; returns an issue when it repeats an id with a different title. */
  add(paper: Paper, where: { file: string; line?: number }): IngestIssue | undefined {
    const title = normaliseTitle(paper.title);
    const index =
      this.byId.get(paper.id) ??
      (paper.doi ? this.byDoi.get(paper.doi) : undefined) ??
      this.byTitle.get(title);
    if (index === undefined) {
      this.kept.push({ ...paper });
      this.register(this.kept.length - 1, paper, title);
      return undefined;
    }
    this.duplicates++;
    const first = this.kept[index];
    for (const field of FILLABLE) {
      if (first[field] === undefined && paper[field] !== undefined)
        (first as Record<string, unknown>)[field] = paper[field];
    }
    // Later copies' keys lead to the same paper too (an id seen with one title, a DOI filled in).
    this.register(index, paper, title);
    this.register(index, first, normaliseTitle(first.title));
    if (first.id === paper.id && normaliseTitle(first.title) !== title) {
      const message = `id "${paper.id}" appears again with a different title (${quote(paper.title)}; first: ${quote(first.title)}); kept the first`;
      return where.line === undefined
        ? { file: where.file, message }
        : { file: where.file, line: where.line, message };
    }
    return undefined;
  }

  papers(): Paper[] {
    return this.kept;
  }

  private register(index: number, paper: Paper, title: string): void {
    if (!this.byId.has(paper.id)) this.byId.set(paper.id, index);
    if (paper.doi && !this.byDoi.has(paper.doi)) this.byDoi.set(paper.doi, index);
    if (title && !this.byTitle.has(title)) this.byTitle.set(title, index);
  }
}

function quote(title: string): string {
  return `"${title.length > 50 ? `${title.slice(0, 47)}…` : title}"`;
}
