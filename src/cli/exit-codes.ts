/**
 * The exit codes of `reform-parse`, in one place (the README repeats this table).
 * - 0 OK: every input parsed, every output valid.
 * - 1 FAILED: some input could not be parsed, or `validate` found an invalid output.
 * - 2 USAGE: the command line itself is wrong (unknown option, bad value, no such command).
 */
export const ExitCode = { OK: 0, FAILED: 1, USAGE: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A usage mistake found after commander parsed the line (an invalid --year, say). */
export class UsageError extends Error {}
