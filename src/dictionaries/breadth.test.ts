import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDictionaryDir } from '../paths.js';
import { loadCameo } from './cameo.js';
import { loadVerbDictionary } from './verbs.js';
import { leafCodes, reachableCodes } from '../eval/coverage-codes.js';
import { bundledVerbsCoder } from '../../testdata/helpers.js';

test('breadth: every CAMEO leaf code has a pattern, directly or by the intent/threat/demand/refusal recoding', () => {
  const cameo = loadCameo(defaultDictionaryDir());
  const { direct, recoded } = reachableCodes(loadVerbDictionary(defaultDictionaryDir(), cameo));
  assert.deepEqual(leafCodes(cameo).filter((c) => !direct.has(c) && !recoded.has(c)), []);
});

test('breadth: leaf codes once silent fire on fictional sentences', () => {
  const coder = bundledVerbsCoder();
  const cases: readonly { text: string; want: string }[] = [
    // Protest by its demand (142x-145x), as 141x; without a named demand the parent code stands.
    { text: 'Sylvanian protesters went on hunger strike to demand the resignation of the president.', want: 'SYLCVL>1421' },
    { text: 'Sylvanian protesters went on hunger strike.', want: 'SYLCVL>142' },
    { text: 'Freedonian protesters went on strike to demand the repeal of the law.', want: 'FRDCVL>1432' },
    { text: 'Freedonian protesters blocked roads to demand their rights.', want: 'FRDCVL>1443' },
    { text: 'Sylvanian protesters rioted to demand a new constitution.', want: 'SYLCVL>1454' },
    // Proposals: made or extended to a party (030), accepted (030) or rebuffed (127); an overture is one.
    { text: 'Freedonia made overtures to Sylvania.', want: 'FRD>030>SYL' },
    { text: 'Freedonia presented a peace plan to Sylvania.', want: 'FRD>030>SYL' },
    { text: 'Sylvania rebuffed the overtures of Freedonia.', want: 'SYL>127>FRD' },
    // Force on a party's facilities (MILTARGET) or a civilian site (CIVSITE) is force with no named target.
    { text: 'Freedonian troops struck a research facility near Fredville.', want: 'FRDMIL>190' },
    { text: 'Freedonian troops hit the airport.', want: 'FRDMIL>190' },
    // 082: the end of a crackdown on dissent.
    { text: 'The Freedonian government ended its crackdown on Sylvania.', want: 'FRDGOV>082>SYL' },
    // Threats to halt talks, mediation or an international presence (134-136) through the threat recoding.
    { text: 'Freedonia threatened to walk out of the talks with Sylvania.', want: 'FRD>134>SYL' },
    { text: 'Osterlich threatened to expel the peacekeepers from Sylvania.', want: 'OST>136' },
    // Event nouns: the author before the noun, the target after its required preposition.
    { text: 'The Freedonian condemnation of Sylvania was swift.', want: 'FRD>111>SYL' },
    { text: "Osterlich's accusations against Sylvania grew.", want: 'OST>112>SYL' },
    { text: 'The Sylvanian apology to Freedonia was accepted.', want: 'SYL>055>FRD' },
    { text: 'The Freedonian deployment to Osterlich began.', want: 'FRD>154>OST' },
    { text: 'The Freedonian deployment of peacekeepers to Osterlich began.', want: 'FRD>074>OST' },
  ];
  for (const c of cases) {
    const doc = coder.code({ id: 'x', text: c.text, publishedAt: '1933-06-01' });
    const got = doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}${e.target ? `>${e.target.actor.code}` : ''}`);
    assert.ok(got.some((g) => g === c.want || (c.want.split('>').length === 2 && g.startsWith(`${c.want}>`))), `${c.text} → ${got.join(', ') || 'nothing'}`);
  }
  // Without its preposition an event noun codes nothing.
  for (const text of ['The criticism grew.', 'The Freedonian deployment began.', 'Sylvania welcomed the agreement.']) {
    const doc = coder.code({ id: 'x', text, publishedAt: '1933-06-01' });
    assert.deepEqual(doc.events.filter((e) => e.rule.file.endsWith('nouns.txt')).map((e) => e.cameo), [], text);
  }
});

test('breadth: a polysemous force verb restricted by {target} codes only when aimed at an actor', () => {
  const coder = bundledVerbsCoder();
  const cases: readonly { text: string; want: readonly string[] }[] = [
    { text: 'Freedonian troops struck Sylvania on Monday.', want: ['FRDMIL>19'] },
    { text: 'Osterlich hit Freedonian positions near the border.', want: ['OST>19'] },
    { text: 'The earthquake struck Fredville on Monday.', want: [] },
    { text: 'The Freedonian court struck down the law.', want: [] },
    { text: 'The Freedonian president said the sanctions hit hard.', want: [] },
  ];
  for (const c of cases) {
    const doc = coder.code({ id: 'x', text: c.text, publishedAt: '1933-06-01' });
    const got = doc.events.filter((e) => (e.cameo ?? '').startsWith('19')).map((e) => `${e.source?.actor.code ?? '-'}>${(e.cameo ?? '').slice(0, 2)}`);
    assert.deepEqual(got, c.want, c.text);
  }
});
