// Bundle the dashboard into dist/web: one ES module (libraries and the world-atlas topology included), the page and its CSS.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'dist', 'web');
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: [join(here, 'src', 'main.ts')],
  bundle: true, format: 'esm', target: 'es2022', minify: true, sourcemap: false, metafile: true,
  outfile: join(out, 'app.js'), legalComments: 'linked', logLevel: 'warning',
});
for (const f of ['index.html', 'style.css', 'favicon.svg']) copyFileSync(join(here, f), join(out, f));
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
if (process.env.DYAD_WEB_SIZES) {
  const byPkg = new Map();
  for (const [file, info] of Object.entries(result.metafile.outputs[Object.keys(result.metafile.outputs).find((k) => k.endsWith('app.js'))].inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
    const key = m ? m[1] : 'dashboard';
    byPkg.set(key, (byPkg.get(key) ?? 0) + info.bytesInOutput);
  }
  for (const [k, v] of [...byPkg].sort((a, b) => b[1] - a[1])) console.log(`${k}\t${(v / 1024).toFixed(1)} KiB`);
}
console.log(`dashboard: dist/web/app.js ${(bytes / 1024).toFixed(0)} KiB`);
