import { createCoder } from '../pipeline/coder.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { f3, score, type GoldRecord, type PredRecord } from './score.js';
import { evaluate } from '../cli/eval.js';
import { realCoder, shared, scratchDir } from '../../testdata/helpers.js';

const SCORER = shared('tools', 'score.py');

function python(gold: string, pred: string): string {
  const out = execFileSync('python3', [SCORER, gold, pred], { encoding: 'utf8' }).trim().split('\n');
  return out[out.length - 1] ?? '';
}

function writeJsonl(dir: string, name: string, rows: readonly object[]): string {
  const p = join(dir, name);
  writeFileSync(p, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return p;
}

test('score: Python-style rounding of exact ties', () => {
  assert.deepEqual([0.0625, 0.1875, 0.3125, 0.5625, 2 / 3].map(f3), ['0.062', '0.188', '0.312', '0.562', '0.667']);
});

// A synthetic table exercising optional gold, null sides, PLOVER typing, penta and ACLED.
const GOLD: GoldRecord[] = [
  { id: 'a', events: [{ source: 'FRA', target: 'DEU', cameo: '057' }, { source: 'DEU', target: 'FRA', cameo: '057', optional: true }] },
  { id: 'b', events: [{ source: 'USA', target: null, plover: 'AGREE' }] },
  { id: 'c', events: [] },
  { id: 'd', penta: 4 },
  { id: 'e', penta: 0 },
  { id: 'f', acled: 'AIR_STRIKE' },
  { id: 'g', acled: 'ARREST' },
  { id: 'h', events: [{ source: 'IRN', target: 'SYR', cameo: '190' }, { source: 'SYR', target: 'IRN', cameo: '190' }, { source: 'ISR', target: 'SYR', cameo: '195' }] },
];
const PRED: PredRecord[] = [
  { id: 'a', events: [{ source: { code: 'FRAGOV' }, target: { code: 'DEU' }, cameo: '057' }, { source: { code: 'DEU' }, target: { code: 'FRA' }, cameo: '051' }] },
  { id: 'b', events: [{ source: { code: 'USA' }, target: { code: 'CAN' }, cameo: '030', plover: { type: 'AGREE' } }] },
  { id: 'c', events: [{ source: { code: 'USA' }, target: null, cameo: '010', negated: true }] },
  { id: 'd', events: [{ source: { code: 'USA' }, target: { code: 'IRQ' }, cameo: '190' }] },
  { id: 'e', events: [] },
  { id: 'f', events: [{ source: { code: 'ISR' }, target: { code: 'SYR' }, cameo: '195', acled: 'AIR_STRIKE' }] },
  { id: 'h', events: [{ source: { code: 'IRN' }, target: { code: 'SYR' }, cameo: '190' }, { source: { code: 'ISR' }, target: { code: 'LBN' }, cameo: '195' }, { source: { code: 'IRN' }, target: { code: 'SYR' }, cameo: '193' }] },
];

test('score: agrees with score.py on a synthetic table', { skip: !existsSync(SCORER) && 'shared/tools/score.py not present' }, () => {
  const dir = scratchDir('dyad-score-');
  const g = writeJsonl(dir, 'gold.jsonl', GOLD);
  const p = writeJsonl(dir, 'pred.jsonl', PRED);
  const ours = score(new Map(GOLD.map((r) => [String(r.id), r])), new Map(PRED.map((r) => [String(r.id), r])));
  assert.equal(ours.summary, python(g, p));
});

for (const set of ['seed', 'plover-gsr', 'case2021-dev']) {
  test(`score: dyad eval agrees with score.py on ${set}.jsonl`, { skip: !existsSync(shared('gold', `${set}.jsonl`)) && 'shared gold not present' }, () => {
    const gold = shared('gold', `${set}.jsonl`);
    const { result, predictions } = evaluate(set === 'case2021-dev' ? createCoder({ incidents: 'every' }) : realCoder(), gold);
    const dir = scratchDir('dyad-eval-');
    const p = writeJsonl(dir, 'pred.jsonl', predictions);
    assert.equal(result.summary, python(gold, p));
  });
}
