/** Exit statuses of `dyad`, one meaning each (README's Use section lists them). */

/** Everything read was coded (or was already stored). */
export const EXIT_OK = 0;
/** Stopped: `--strict` met a bad record, or the store could not be opened. */
export const EXIT_STOPPED = 1;
/** A bad command line (unknown flag, bad value). */
export const EXIT_USAGE = 2;
/** Some records failed and were skipped; the rest were coded. */
export const EXIT_SKIPPED = 3;
/** Every input failed: nothing at all was coded. */
export const EXIT_NOTHING = 4;

/** The exit status of a run from its counts: failures with nothing coded or found already stored is its own status. */
export function runStatus(c: { readonly coded: number; readonly duplicates: number; readonly failed: number }): number {
  if (c.failed === 0) return EXIT_OK;
  return c.coded === 0 && c.duplicates === 0 ? EXIT_NOTHING : EXIT_SKIPPED;
}
