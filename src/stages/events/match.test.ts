import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, hitAt } from '../../../testdata/sentence.js';
import { TRIGGER_REACH } from './match.js';
import { loadVerbDictionary } from '../../dictionaries/verbs.js';
import { loadCameo } from '../../dictionaries/cameo.js';
import { defaultDictionaryDir } from '../../paths.js';

// Pattern matching at a trigger: which dictionary pattern fires (by its id), or none where the verb form
// is no predicate.

const CASES: readonly { text: string; word: string; id: string | null }[] = [
  { text: 'Freedonia attacked Sylvania.', word: 'attacked', id: '190.attack' },
  { text: 'Freedonia signed a treaty with Sylvania.', word: 'signed', id: '057.sign_@AGREEMENT_>with' },
  { text: 'Freedonia signed a treaty.', word: 'signed', id: '057.sign_*_@AGREEMENT' },
  { text: 'Freedonia carried out airstrikes.', word: 'carried', id: '195.carry_+out_@AIRSTRIKE' },
  { text: 'Freedonia talked with Sylvania.', word: 'talked', id: '040.talk_>with' },
  // Not a predicate: a participle before its noun, a verb inside a hyphenated adjective.
  { text: 'The attacked town burned.', word: 'attacked', id: null },
  { text: 'Sylvania-backed militias attacked Freedonia.', word: 'backed', id: null },
];

for (const c of CASES) {
  test(`match: "${c.word}" in ${c.text}`, () => {
    const { ctx } = contextOf(c.text);
    const hit = hitAt(ctx, c.word);
    assert.equal(hit?.pattern.rule.id ?? null, c.id);
    if (hit) assert.match(hit.pattern.rule.file, /^dictionaries\/verbs\/test\.txt$/);
  });
}

test('match: every bundled pattern keeps its trigger and particles within TRIGGER_REACH', () => {
  const dir = defaultDictionaryDir();
  const verbs = loadVerbDictionary(dir, loadCameo(dir));
  for (const list of verbs.byTrigger.values()) for (const p of list) {
    // Each particle may stand up to 3 tokens after what precedes it.
    const reach = Math.max(...p.triggers.map((t) => t.length)) + 3 * p.particles.length;
    assert.ok(reach <= TRIGGER_REACH, `${p.rule.file}:${p.rule.line} reaches ${reach} tokens`);
  }
});
