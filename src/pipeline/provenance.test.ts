import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, RuleRef } from '../model/types.js';
import { fictionalCoder, realCoder, shared } from '../../testdata/helpers.js';
import { packageRoot } from '../paths.js';

// Provenance that points nowhere is rejected: every mention's and every event's rule names a file that
// exists, a line that exists, and that line holds the rule: a grammar rule's id, or the dictionary entry
// (its code, and the phrase or pattern items its id is derived from). A dictionary file's path is
// relative to the folder above the dictionary folder it was loaded from; grammar tables are bundled.

const ROOT = packageRoot();
const FIXTURES = join(ROOT, 'testdata', 'fixtures');
const lines = new Map<string, string[]>();

function lineOf(base: string, rule: RuleRef): string | undefined {
  const path = join(rule.file.startsWith('dictionaries/grammar/') ? ROOT : base, rule.file);
  let ls = lines.get(path);
  if (!ls) {
    if (!existsSync(path)) return undefined;
    ls = readFileSync(path, 'utf8').split('\n');
    lines.set(path, ls);
  }
  return rule.line >= 1 ? ls[rule.line - 1] : undefined;
}

const slug = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '_');

/** Why a rule's line does not hold it, or null when it does. */
function problem(base: string, rule: RuleRef): string | null {
  const line = lineOf(base, rule);
  if (line === undefined) return `${rule.file}:${rule.line} does not exist`;
  // A country placed by context or by a coordination names its rule after the entry's id (docs/dictionaries.md).
  const id = rule.id.split(/\+(?:context|coordinated)\./)[0] ?? '';
  // "named.town+capital.SYR": a grammar rule that reads a dictionary entry names that entry after "+".
  const grammarId = id.split('+')[0] ?? '';
  if (rule.file.startsWith('dictionaries/grammar/')) return line.startsWith(`${grammarId} `) ? null : `${rule.file}:${rule.line} does not list ${grammarId}`;
  if (rule.file.startsWith('dictionaries/verbs/')) {
    // "speech.accusation+010.say": a grammar rule that recodes the pattern on this line names it after "+".
    const pattern = id.replace(/^[a-z][a-z.-]*\+(?=\d)/, '');
    const [code, ...items] = pattern.replace(/^(\d+)\./, '$1_').split('_');
    // A class name may hold "_" ("@CLAIMED_ACT"), which the id also uses between items: compare its pieces.
    const words = line.replace(/#.*/, '').split(/\s+/).flatMap((w) => (w.startsWith('@') ? w.split('_') : [w]));
    return words[0] === code && items.every((it) => words.some((w) => w === it || w.split('|').includes(it) || w.startsWith(`${it}|`))) ? null : `${rule.file}:${rule.line} does not hold pattern ${id}`;
  }
  // Lexicon classes: rule.CLASS (lower case), possibly with the verb pattern it recodes after "+".
  if (rule.file.startsWith('dictionaries/lexicon/')) {
    const cls = (id.split('+')[0] ?? '').split('.').pop()?.toUpperCase() ?? '';
    return line.startsWith(`${cls} `) ? null : `${rule.file}:${rule.line} does not define class ${cls}`;
  }
  // Actor entries: kind.CODE, kind.CODE.first-phrase, official.CODE.full-name@from.
  const [, code, rest] = /^[a-z]+\.([A-Z0-9]+)(?:\.(.*))?$/.exec(id) ?? [];
  if (!code || !line.startsWith(`${code} `)) return `${rule.file}:${rule.line} does not hold entry ${id}`;
  const [phrase, from] = (rest ?? '').split('@');
  if (phrase && !slug(line).includes(phrase)) return `${rule.file}:${rule.line} does not name ${phrase}`;
  if (from && !line.includes(`from: ${from}`)) return `${rule.file}:${rule.line} does not start on ${from}`;
  return null;
}

function check(doc: Doc, base: string): string[] {
  const out: string[] = [];
  for (const m of doc.mentions) {
    const p = problem(base, m.rule);
    if (p) out.push(`mention "${m.text}": ${p}`);
  }
  for (const e of doc.events) {
    const p = problem(base, e.rule);
    if (p) out.push(`event ${e.cameo} "${doc.article.text.slice(e.trigger.start, e.trigger.end)}": ${p}`);
  }
  return out;
}

const FICTIONAL = [
  'Freedonia and Sylvania met. The two agreed. Its army left Ostburg, and Firefly said he would return.',
  'The Freedonian and Sylvanian sides met in Fredville. Sylvanian troops attacked Osterlich.',
  'Osterlich said Sylvania must sign the treaty. President Firefly of Freedonia talked with the League of Unity.',
  'Sylvanian jets struck a Fredville suburb.',
  readFileSync(join(ROOT, 'testdata', 'seed', 'fictional-seed.json'), 'utf8'),
];

test('provenance: every rule over fictional texts points at a line that holds it', () => {
  const problems = FICTIONAL.flatMap((text, k) => check(fictionalCoder().code({ id: String(k), text, publishedAt: '1933-06-15' }), FIXTURES));
  assert.deepEqual(problems, []);
});

test('provenance: a rule that points nowhere is rejected', () => {
  assert.match(problem(ROOT, { file: 'src/stages/actors/recognize.ts', line: 0, id: 'memory.surname' }) ?? '', /does not exist/);
  assert.match(problem(ROOT, { file: 'dictionaries/grammar/actors.txt', line: 1, id: 'memory.surname' }) ?? '', /does not list/);
  assert.match(problem(ROOT, { file: 'dictionaries/verbs/19-fight.txt', line: 1, id: '190.attack' }) ?? '', /does not hold/);
});

// The dev texts, where ../shared is present: every rule the bundled dictionaries fire over them.
const SETS = ['seed', 'wikinews-dev', 'news-dev'].map((s) => shared('gold', `${s}.jsonl`)).filter(existsSync);

test('provenance: every rule over the dev texts points at a line that holds it', { skip: SETS.length === 0 && 'no ../shared/gold dev sets here (the fictional texts above still ran)' }, () => {
  const problems: string[] = [];
  for (const file of SETS) {
    for (const raw of readFileSync(file, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const r = JSON.parse(raw) as { id: string | number; text: string; date?: string };
      problems.push(...check(realCoder().code({ id: String(r.id), text: r.text, ...(r.date ? { publishedAt: r.date } : {}) }), ROOT));
    }
  }
  assert.deepEqual(problems.slice(0, 20), []);
});
