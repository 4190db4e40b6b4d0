// Exit codes, documented in the README. Only bin/main sets process.exitCode.
export const EXIT = {
  OK: 0,
  /** Some inputs failed (each named on stderr); the rest were processed. */
  INPUT_ERRORS: 1,
  /** Bad command line: unknown command or option, invalid value. */
  USAGE: 2,
  /** The thing asked for does not exist (claim id, database file). */
  NOT_FOUND: 3,
  /** Something broke that is not the input's fault (database error, bug). */
  FATAL: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one line with an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode: ExitCode) {
    super(message);
  }
}
