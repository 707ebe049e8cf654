/**
 * The worker's view of its two services. An outage is logged once when it starts and once when it ends
 * (never per failed call), and the worker takes no new jobs while either service is down.
 */

/** The services a worker depends on. */
export type Service = 'redis' | 'postgres';

/** Tracks whether each service is up and reports each change exactly once. */
export interface Health {
  /**
   * Record that a call to `s` succeeded or failed; logs and fires pause/resume on a change only. A success of a
   * call that started (`startedAt`, performance.now()) before the outage began says nothing of the outage:
   * its answer left the server before it went down.
   */
  set(s: Service, up: boolean, detail?: string, startedAt?: number): void;
  isUp(s: Service): boolean;
}

/** What the worker does when the services go down or all come back. */
export interface HealthHooks {
  readonly log: (line: string) => void;
  readonly pause: () => void;
  readonly resume: () => void;
  /** How each service is named in messages (its URL, password hidden). */
  readonly names: Readonly<Record<Service, string>>;
}

/** A health tracker; every service starts up. */
export function createHealth(h: HealthHooks): Health {
  const up: Record<Service, boolean> = { redis: true, postgres: true };
  const downAt: Record<Service, number> = { redis: 0, postgres: 0 };
  return {
    set(s, ok, detail, startedAt) {
      if (up[s] === ok || (ok && startedAt !== undefined && startedAt < downAt[s])) return;
      if (!ok) downAt[s] = performance.now();
      const wasAllUp = up.redis && up.postgres;
      up[s] = ok;
      if (!ok) h.log(`dyad worker: ${s} unreachable at ${h.names[s]}${detail ? ` (${detail})` : ''}: paused, waiting for it to return`);
      else h.log(`dyad worker: ${s} is back at ${h.names[s]}${up.redis && up.postgres ? ': resuming' : ''}`);
      if (wasAllUp && !ok) h.pause();
      if (!wasAllUp && up.redis && up.postgres) h.resume();
    },
    isUp: (s) => up[s],
  };
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH',
  // PostgreSQL: shutting down, starting up, connection exceptions.
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);

/** True when an error means "the server is not reachable now" (retry later), not "this job is bad". */
export function isConnectionError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is closed/i.test(e.message);
}
