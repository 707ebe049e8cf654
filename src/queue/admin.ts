/** Operating the queue: counts, throughput, retrying failed jobs, draining. */
import type { Queue } from 'bullmq';

/** Job counts by state, as `queue status --json` prints them. */
export interface QueueCounts {
  readonly waiting: number;
  readonly active: number;
  readonly completed: number;
  readonly failed: number;
  readonly delayed: number;
}

/** The queue's job counts. Completed counts the retained completed jobs (the newest 10,000). */
export async function queueCounts(q: Queue): Promise<QueueCounts> {
  const c = await q.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized', 'waiting-children');
  return { waiting: (c['waiting'] ?? 0) + (c['prioritized'] ?? 0) + (c['waiting-children'] ?? 0), active: c['active'] ?? 0, completed: c['completed'] ?? 0, failed: c['failed'] ?? 0, delayed: c['delayed'] ?? 0 };
}

/** Jobs completed since workers started recording metrics (never trimmed, unlike the completed set). */
export async function completedTotal(q: Queue): Promise<number> {
  const m = await q.getMetrics('completed', 0, 0);
  return Number(m.meta.count);
}

/** Move every failed job back to waiting; returns how many there were. */
export async function retryFailed(q: Queue): Promise<number> {
  const n = (await queueCounts(q)).failed;
  await q.retryJobs({ state: 'failed', count: 1000 });
  return n;
}

/** Remove waiting and delayed jobs (active ones finish); returns how many were removed. */
export async function drain(q: Queue): Promise<number> {
  const before = await queueCounts(q);
  await q.drain(true);
  return before.waiting + before.delayed;
}

/** One human line of counts, with throughput when a previous sample is given. */
export function statusLine(c: QueueCounts, rate: number | null): string {
  return `waiting ${c.waiting}  active ${c.active}  completed ${c.completed}  failed ${c.failed}  delayed ${c.delayed}${rate !== null ? `  ${rate.toFixed(1)} jobs/s` : ''}`;
}
