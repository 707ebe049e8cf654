/** Progress for long runs: a live bar on a terminal, nothing (then a summary) otherwise. */
import type { IngestCounts } from '../ingest/ingest.js';

function clock(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '--:--';
  const m = Math.floor(s / 60);
  return `${m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}` : m}:${String(Math.floor(s % 60)).padStart(2, '0')}`;
}

/** A progress bar on stderr, redrawn at most 5 times a second; `done` is the fraction of input bytes read. */
export function createProgressBar(stream: NodeJS.WriteStream): { update(c: Readonly<IngestCounts>, done: number | null): void; end(): void } {
  const start = Date.now();
  let last = 0;
  let drawn = false;
  return {
    update(c, done) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      const secs = (now - start) / 1000;
      const rate = c.coded / Math.max(secs, 1e-3);
      const width = 24;
      const frac = done === null ? null : Math.min(1, Math.max(0, done));
      const bar = frac === null ? '' : `[${'#'.repeat(Math.round(frac * width)).padEnd(width, '-')}] ${Math.floor(frac * 100)}% `;
      const eta = frac !== null && frac > 0 ? ` ETA ${clock(secs / frac - secs)}` : '';
      stream.write(`\r${bar}${c.coded} coded ${rate.toFixed(1)}/s  ${c.events} events  ${c.duplicates} dup  ${c.failed} errors${eta}\x1b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/** The final summary line of an ingest or recode run. */
export function summaryLine(c: Readonly<IngestCounts>, seconds: number): string {
  const s = Math.max(seconds, 1e-3);
  return `read ${c.read}, coded ${c.coded}, duplicates ${c.duplicates}, failed ${c.failed}; ${c.events} events in ${seconds.toFixed(1)} s (${(c.coded / s).toFixed(1)} articles/s, ${(c.events / s).toFixed(1)} events/s)`;
}
