/**
 * `node dist/testdata/with-services.js CMD [ARGS…]`: start a private PostgreSQL and Redis (127.0.0.1, free
 * ports, temporary folders), run CMD with their URLs in DYAD_TEST_PG_URL and DYAD_TEST_REDIS_URL and
 * DYAD_REQUIRE_SERVICES=1 (so no server-backed suite may skip), then stop both. CI runs the suite this way.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { startPostgres, startRedis } from './services.js';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  process.stderr.write('usage: with-services CMD [ARGS…]\n');
  process.exit(2);
}
const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
process.stderr.write(`with-services: PostgreSQL at ${pg.url}, Redis at ${redis.url}\n`);
const child = spawn(cmd, args, {
  stdio: 'inherit',
  env: { ...process.env, DYAD_TEST_PG_URL: pg.url, DYAD_TEST_REDIS_URL: redis.url, DYAD_REQUIRE_SERVICES: '1' },
});
const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
await Promise.all([pg.destroy(), redis.destroy()]);
process.stderr.write('with-services: PostgreSQL and Redis stopped\n');
process.exit(code ?? (signal ? 1 : 0));
