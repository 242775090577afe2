// Entry point of an extraction worker thread: registers the TypeScript loader, then loads the worker body.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
