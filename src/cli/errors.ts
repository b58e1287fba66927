// Errors the CLI maps to exit codes in one place (main.ts).
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
