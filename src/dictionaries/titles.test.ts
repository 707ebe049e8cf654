import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realCoder } from '../../testdata/helpers.js';

// Class: cabinet titles by portfolio, written "Secretary/Minister of PORTFOLIO" or "PORTFOLIO Secretary/Minister",
// before an (invented) person's name: the whole title and name are one actor of the title's sector.
const CASES: readonly { text: string; want: string }[] = [
  { text: 'French Minister of Defence Anna Vesk', want: 'FRAMIL' },
  { text: 'US Secretary of Defense Mark Orlo', want: 'USAMIL' },
  { text: 'Iraqi Minister of Foreign Affairs Tarik Osso', want: 'IRQGOV' },
  { text: 'Indian Home Minister Ravi Tandu', want: 'INDGOV' },
  { text: 'Chinese Vice Premier Lin Haro', want: 'CHNGOV' },
  { text: 'Kenyan Minister of Justice Otieno Marva', want: 'KENJUD' },
];

for (const c of CASES) {
  test(`titles: "${c.text}" is one ${c.want} actor with its name`, () => {
    const doc = realCoder().code({ id: 'x', text: `${c.text} spoke to reporters on Monday.` });
    const m = doc.mentions[0];
    assert.equal(m?.text, c.text);
    assert.equal(m?.actor.code, c.want);
  });
}

// Class: leaders and commanders of armed groups outside the state are of the group's sector, not the government's
// ("leader" alone is GOV): the longer phrase wins.
const GROUP_LEADERS: readonly { text: string; want: string }[] = [
  { text: 'Syrian rebel leader', want: 'SYRREB' },
  { text: 'Somali militant commander', want: 'SOMREB' },
  { text: 'Afghan insurgent leader', want: 'AFGINS' },
];

for (const c of GROUP_LEADERS) {
  test(`titles: "${c.text}" is one ${c.want} actor`, () => {
    const doc = realCoder().code({ id: 'x', text: `The ${c.text} spoke to reporters on Monday.` });
    const m = doc.mentions[0];
    assert.equal(m?.text, c.text);
    assert.equal(m?.actor.code, c.want);
  });
}
