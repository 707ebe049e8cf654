import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder } from '../../../testdata/helpers.js';

// purpose.target over fictional actors and the bundled verb patterns: a material act or a consultation that
// names no party takes the target of its purpose infinitive ("to protest against X").

const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  // A protest act with no target of its own is aimed where its purpose is.
  { text: 'Freedonian protesters blocked the main road to protest against Sylvania.', want: ['FRDCVL>144>SYL'] },
  { text: 'Freedonian protesters went on strike to protest against Osterlich.', want: ['FRDCVL>143>OST'] },
  // A consultation sent off with a purpose: the envoy's errand names the party.
  { text: 'Freedonia sent a delegation to negotiate with Sylvania.', want: ['FRD>042>SYL'] },
  // A target of its own stays: the purpose only fills a gap.
  { text: 'Freedonia sent troops to Sylvania to fight Osterlich.', want: ['FRD>154>SYL'] },
  // Not across a comma, nor from a negated purpose, nor the act's own side.
  { text: 'Freedonian protesters blocked the main road, and Sylvania condemned Osterlich.', want: ['FRDCVL>144>-', 'SYL>111>OST'] },
  { text: 'Freedonian protesters blocked the main road to protest against Freedonia.', want: ['FRDCVL>144>-'] },
  // Another sector of the act's own country is another side; the pattern's own words ("tear gas") are its object.
  { text: 'Freedonian troops fired tear gas to disperse protesters.', want: ['FRDMIL>175>FRDCVL'] },
  // A purpose that names no party gives none.
  { text: 'Freedonian protesters blocked the main road to demand higher wages.', want: ['FRDCVL>144>-'] },
];

for (const c of CASES) {
  test(`purpose.target: ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`), c.want);
  });
}
