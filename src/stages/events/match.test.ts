import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contextOf, hitAt } from '../../../testdata/sentence.js';

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
  // An -ing form after a noun's "of" with no object is a noun ("weeks of attacking"); with one it is the verb.
  { text: 'Sylvanian civilians died after weeks of attacking.', word: 'attacking', id: null },
  { text: 'Freedonia accused Sylvania of attacking Osterlich.', word: 'attacking', id: '190.attack' },
];

for (const c of CASES) {
  test(`match: "${c.word}" in ${c.text}`, () => {
    const { ctx } = contextOf(c.text);
    const hit = hitAt(ctx, c.word);
    assert.equal(hit?.pattern.rule.id ?? null, c.id);
    if (hit) assert.match(hit.pattern.rule.file, /^dictionaries\/verbs\/test\.txt$/);
  });
}

