// LitgraphError: the one error type our code throws on purpose; the CLI and server map its code to an exit
// code or HTTP status in one place each. Anything else escaping is a bug.

export type ErrorCode = 'BAD_INPUT' | 'USAGE' | 'NOT_FOUND' | 'IO';

export class LitgraphError extends Error {
  readonly code: ErrorCode;
  /** File the problem is in, when there is one. */
  readonly file?: string;
  /** 1-based line, when the format has lines. */
  readonly line?: number;

  constructor(code: ErrorCode, message: string, where?: { file?: string; line?: number }) {
    super(message);
    this.name = 'LitgraphError';
    this.code = code;
    this.file = where?.file;
    this.line = where?.line;
  }

  /** "file:line: message" or just the message. */
  describe(): string {
    if (!this.file) return this.message;
    return `${this.file}${this.line ? `:${this.line}` : ''}: ${this.message}`;
  }
}

export const badInput = (message: string, file?: string, line?: number): LitgraphError =>
  new LitgraphError('BAD_INPUT', message, { file, line });

export const usageError = (message: string): LitgraphError => new LitgraphError('USAGE', message);

export const notFound = (message: string): LitgraphError => new LitgraphError('NOT_FOUND', message);

/** Exit codes of the CLI: 0 ok, 1 bad input / not found, 2 bad usage. */
export function exitCodeOf(error: unknown): number {
  if (error instanceof LitgraphError) return error.code === 'USAGE' ? 2 : 1;
  return 70;
}
