/** The store's article key. */
import { createHash } from 'node:crypto';

/** Content hash of an article text: the store's key. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
