/** `dyad code` and `dyad eval`: the coder on one file, on JSON Lines, or on a gold set. */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CodeFlags } from '../model/schemas.js';
import { createCoder } from '../pipeline/coder.js';
import { articleFromContent, codeJsonl, formatExplain, formatTable, readInput } from './code.js';
import { evaluate } from './eval.js';
import { USAGE } from './usage.js';

/** `dyad code`. */
export async function cmdCode(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    date: { type: 'string' }, title: { type: 'string' }, explain: { type: 'boolean' }, jsonl: { type: 'boolean' }, html: { type: 'boolean' }, incidents: { type: 'boolean' },
  } });
  const flags = CodeFlags.safeParse(values);
  if (!flags.success) {
    process.stderr.write(`dyad code: ${flags.error.issues.map((i) => i.message).join('; ')}\n`);
    return 2;
  }
  const coder = createCoder(flags.data.incidents ? { incidents: 'every' } : {});
  if (flags.data.jsonl) {
    const out: string[] = [];
    const flush = (): void => { if (out.length) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; } };
    await codeJsonl(coder, process.stdin, (line) => { out.push(line); if (out.length >= 64) flush(); });
    flush();
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    process.stderr.write(`dyad code: missing FILE (or --jsonl)\n${USAGE}\n`);
    return 2;
  }
  const article = articleFromContent(file, readInput(file), { date: flags.data.date, title: flags.data.title, html: flags.data.html });
  const doc = coder.code(article);
  process.stdout.write(`${flags.data.explain ? formatExplain(doc) + '\n\n' : ''}${formatTable(doc)}\n`);
  return 0;
}

/** `dyad eval`. */
export async function cmdEval(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, out: { type: 'string' } } });
  const gold = positionals[0];
  if (!gold) {
    process.stderr.write(`dyad eval: missing GOLD.jsonl\n${USAGE}\n`);
    return 2;
  }
  // An ACLED-labelled set asks for every incident (ACLED-style data); dyad sets for dyads (ADR 0005).
  const { result, predictions } = evaluate((incidents) => createCoder({ incidents }), gold);
  if (values.out) writeFileSync(values.out, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  if (values.json) process.stdout.write(JSON.stringify(result.json, null, 1) + '\n');
  for (const n of result.notes) process.stdout.write(n + '\n');
  process.stdout.write(result.summary + '\n');
  return 0;
}

