// Bundle the compiled CLI (dist/src) into dist/cli: our modules and zod in a few chunks instead of some
// 150 module files, so `dyad` starts faster. Subcommands stay separate chunks, loaded on demand; npm
// dependencies other than zod stay external (native addons, CommonJS models with their data files).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, 'dist', 'cli');
rmSync(out, { recursive: true, force: true });
await build({
  // The ingest worker is an entry of its own: the pool starts it as ./worker.js next to its own chunk.
  entryPoints: { main: join(root, 'dist/src/cli/main.js'), worker: join(root, 'dist/src/ingest/worker.js') },
  bundle: true, platform: 'node', format: 'esm', target: 'node20', splitting: true, outdir: out,
  external: Object.keys(pkg.dependencies).filter((d) => d !== 'zod'), logLevel: 'warning',
});
