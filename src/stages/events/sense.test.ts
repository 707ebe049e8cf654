import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder, notStatement } from '../../../testdata/helpers.js';

// sense.withholding, over fictional actors and the bundled verb patterns: "deny" with an actor object and a
// second object withholds the thing ("denied Sylvania access"); with a claim or a clause it denies (016).
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia denied Sylvania access to the port.', want: [] },
  { text: 'Freedonia is denying the Sylvanian government its main source of revenue.', want: [] },
  { text: "Freedonia denied Sylvania's claims.", want: ['FRD>016>SYL'] },
  { text: 'Freedonia denied Sylvanian accusations.', want: ['FRD>016>SYL'] },
];

for (const c of CASES) {
  test(`sense.withholding: ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.filter((e) => !e.negated && notStatement(e)).map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`), c.want);
  });
}

// sense.welcome-visitor and emit.guest-visit: a named person welcomed in person is a visitor hosted (043), and
// a hosted visit is also the guest's visit to the host (042); a welcomed decision, or a country, is praised.
const WELCOMES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Firefly welcomed Anton Brenner to Fredville.', want: ['FRDGOV>043>OSTGOV', 'OSTGOV>042>FRDGOV'] },
  { text: 'Firefly welcomed Brenner.', want: ['FRDGOV>043>OSTGOV', 'OSTGOV>042>FRDGOV'] },
  { text: 'Freedonia hosted Brenner.', want: ['FRD>043>OSTGOV', 'OSTGOV>042>FRD'] },
  // Only a person received carries the guest's visit; a body or a thing hosted does not.
  { text: 'Freedonia hosted the Sylvanian government.', want: ['FRD>043>SYLGOV'] },
  { text: "Firefly welcomed Brenner's decision.", want: ['FRDGOV>051>OSTGOV'] },
  { text: 'Freedonia welcomed Osterlich.', want: ['FRD>051>OST'] },
];

for (const c of WELCOMES) {
  test(`sense.welcome-visitor: ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.filter((e) => !e.negated && notStatement(e)).map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`), c.want);
  });
}
