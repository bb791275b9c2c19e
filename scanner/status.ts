// How the command ends: its exit statuses (docs/scanner.md lists them), and the error that
// means it could not run at all.

export const EXIT = {
  /** It ran, and found nothing of the kinds --fail-on names (or --check: no violation; check: valid). */
  ok: 0,
  /** It ran, and found something --fail-on names (--check: a violation; check: an invalid config). */
  found: 1,
  /** It could not run: usage, an option's value, the browser, a file to read. */
  cannotRun: 2,
  /** It ran, and no page of the site could be loaded. */
  unreachable: 3,
} as const;

/** The command cannot run as asked; the message says why and how to fix it. Exit status 2. */
export class SetupError extends Error {}
