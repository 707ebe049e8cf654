import { createCoder } from '/work/main/dist/src/pipeline/coder.js';
import { join } from 'node:path';
const c = createCoder({ dictionaryDir: '/work/main/testdata/fixtures/dictionaries' });
for (const text of process.argv.slice(2)) { const d = c.code({ id: 't', text, publishedAt: '1933-06-15' });
console.log(text, d.mentions.map(m=>m.text+':'+m.actor.code), d.events.map(e=>`${e.source?.actor.code}>${e.cameo}>${e.target?.actor.code}`)); }
