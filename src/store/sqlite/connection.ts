/** Settings every SQLite connection of the store takes for reading. */
import type Database from 'better-sqlite3';

/**
 * Read the database file through a memory map (up to SQLite's 2 GiB cap) instead of copying each page into the
 * connection's own cache: pages come straight from the OS page cache, shared by every connection and every
 * `dyad serve` worker process. A page of events cost about 30% less CPU with it on a 600 MB store, where a
 * 64 MiB page cache still missed. Writes still go through the WAL as before.
 */
export function mapForReads(db: Database.Database): void {
  db.pragma('mmap_size = 2147418112');
}
