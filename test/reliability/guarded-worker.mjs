// Entry point of the guarded worker thread (see guard.ts): registers the TypeScript loader, then loads its body.
import { register } from 'tsx/esm/api';

register();
await import('./guarded-worker.ts');
