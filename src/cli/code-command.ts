/** `dyad code` and `dyad eval`: the coder on one file, on JSON Lines, or on a gold set. */
import { writeFileSync } from 'node:fs';
import { readArticleFile } from '../ingest/readers/sources.js';
import { CodeFlags, EvalFlags } from '../model/schemas.js';
import { createCoder, type CoderOptions } from '../pipeline/coder.js';
import { articleFromContent, codeJsonl, formatExplain, formatTable } from './code.js';
import { evaluate } from './eval.js';
import { flagError, parseFlags } from './flags.js';
import { EXIT_NOTHING, runStatus } from './status.js';

/** The coder flags of `code` and `eval`. */
interface CoderFlags { readonly incidents?: boolean | undefined; readonly hypothetical?: boolean | undefined; readonly all?: boolean | undefined; readonly 'one-sided'?: boolean | undefined }

/**
 * `--incidents`: every incident without a dyad becomes an event (ADR 0005); `--hypothetical` keeps hypothetical
 * acts (ADR 0002); `--all` keeps every event the default leaves out, hypothetical and background (ADR 0010);
 * `--one-sided` keeps statements with a source and no target (GDELT's events with no Actor2).
 */
export function coderFlagOptions(flags: CoderFlags): CoderOptions {
  return { ...(flags.incidents ? { incidents: 'every' } : {}), ...(flags.hypothetical || flags.all ? { hypothetical: true } : {}), ...(flags.all ? { background: true } : {}), ...(flags['one-sided'] ? { oneSided: true } : {}) };
}

/** `dyad code`. */
export async function cmdCode(args: string[]): Promise<number> {
  const parsed = parseFlags('code', args, {
    date: { type: 'string' }, title: { type: 'string' }, explain: { type: 'boolean' }, jsonl: { type: 'boolean' }, html: { type: 'boolean' }, incidents: { type: 'boolean' }, hypothetical: { type: 'boolean' }, all: { type: 'boolean' }, 'one-sided': { type: 'boolean' }, 'max-bytes': { type: 'string' },
  }, CodeFlags, { positionals: true });
  if (typeof parsed === 'number') return parsed;
  const { flags, positionals } = parsed;
  if (flags.jsonl) {
    if (positionals.length) return flagError('code', `--jsonl reads standard input; unexpected argument "${positionals[0] ?? ''}"`);
    const coder = createCoder(coderFlagOptions(flags));
    const out: string[] = [];
    const flush = (): void => { if (out.length) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; } };
    const r = await codeJsonl(coder, process.stdin, (line) => { out.push(line); if (out.length >= 64) flush(); }, { maxBytes: flags['max-bytes'] });
    flush();
    return runStatus({ coded: r.coded, duplicates: 0, failed: r.errors });
  }
  const file = positionals[0];
  if (!file) return flagError('code', 'missing FILE (or --jsonl)');
  if (positionals.length > 1) return flagError('code', `one FILE at a time (dyad ingest reads many); unexpected argument "${positionals[1] ?? ''}"`);
  // The same checks as ingest (size, binary, encoding), before the coder is even built.
  const item = await readArticleFile(file, { maxBytes: flags['max-bytes'], html: flags.html });
  if ('error' in item) { process.stderr.write(`${item.error.message}\n`); return EXIT_NOTHING; }
  const article = articleFromContent(file, item.record.content, { date: flags.date, title: flags.title, html: item.record.kind === 'html' });
  if (article.text.trim() === '') {
    process.stderr.write(`[ING010] ${file}: ${item.record.kind === 'html' ? 'no article text found in the HTML' : 'empty text'}\n`);
    return EXIT_NOTHING;
  }
  const doc = createCoder(coderFlagOptions(flags)).code(article);
  process.stdout.write(`${flags.explain ? formatExplain(doc) + '\n\n' : ''}${formatTable(doc)}\n`);
  return 0;
}

/** `dyad eval`. */
export async function cmdEval(args: string[]): Promise<number> {
  const parsed = parseFlags('eval', args, { json: { type: 'boolean' }, out: { type: 'string' }, incidents: { type: 'boolean' }, hypothetical: { type: 'boolean' }, all: { type: 'boolean' }, 'one-sided': { type: 'boolean' } }, EvalFlags, { positionals: true });
  if (typeof parsed === 'number') return parsed;
  const gold = parsed.positionals[0];
  if (!gold) return flagError('eval', 'missing GOLD.jsonl');
  // The same coder as `dyad code --jsonl` with the same flags: `--incidents` for ACLED-style data (ADR 0005).
  const { result, predictions } = evaluate(createCoder(coderFlagOptions(parsed.flags)), gold);
  if (parsed.flags.out) writeFileSync(parsed.flags.out, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  if (parsed.flags.json) process.stdout.write(JSON.stringify(result.json, null, 1) + '\n');
  for (const n of result.notes) process.stdout.write(n + '\n');
  process.stdout.write(result.summary + '\n');
  return 0;
}
