import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder, fictionalCoder } from '../../../testdata/helpers.js';

// The ACLED-style label follows the CAMEO code and the weapon, target and crowd cues of the sentence.
const CASES: readonly { text: string; acled: string | null }[] = [
  { text: 'Freedonian warplanes attacked Sylvania.', acled: 'AIR_STRIKE' },
  { text: 'The Freedonian army attacked Sylvanian troops with artillery.', acled: 'ART_MISS_ATTACK' },
  { text: 'Freedonian troops attacked civilians in Sylvania.', acled: 'ATTACK' },
  { text: 'Freedonia and Sylvania signed a treaty.', acled: 'AGREEMENT' },
  { text: 'Freedonia condemned Sylvania.', acled: null },
];

for (const c of CASES) {
  test(`acled: ${c.text}`, () => {
    const e = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' }).events[0];
    assert.ok(e, 'an event');
    assert.equal(e.acled, c.acled);
  });
}

// A generic use of force is sharpened by the weapon before it or its instrument: a suicide attacker is a suicide
// bombing (1831), not an aircraft ("bomber"); aircraft give 195, artillery 194.
const FORCE: readonly { text: string; cameo: string }[] = [
  { text: 'A Freedonian suicide bomber attacked Sylvanian troops.', cameo: '1831' },
  { text: 'Freedonian bombers attacked Sylvanian troops.', cameo: '195' },
  { text: 'Freedonian troops attacked Sylvanian troops with artillery.', cameo: '194' },
  { text: 'Freedonian troops attacked Sylvanian troops in a drone strike.', cameo: '195' },
  { text: 'Freedonian troops attacked Sylvanian troops in a village near the airport.', cameo: '190' },
  { text: 'Freedonian troops attacked Sylvanian troops.', cameo: '190' },
];

for (const c of FORCE) {
  test(`acled (force sharpened): ${c.text}`, () => {
    const e = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' }).events[0];
    assert.ok(e, 'an event');
    assert.equal(e.cameo, c.cameo);
  });
}

// A cut in relations is diplomacy by its code alone, where no cue of its sentence decides (acled.ts).
const CUTS: readonly string[] = ['Freedonia severed relations with Sylvania.', 'Freedonia cut diplomatic ties with Sylvania.'];

test('acled: a cut in relations (16) is DIPLO', () => {
  for (const text of CUTS) {
    const e = bundledVerbsCoder().code({ id: 't', text, publishedAt: '1933-06-15' }).events[0];
    assert.equal(e?.cameo?.slice(0, 2), '16', text);
    assert.equal(e?.acled, 'DIPLO', text);
  }
});
