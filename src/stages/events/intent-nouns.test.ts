import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder } from '../../../testdata/helpers.js';

// Nouns of intent and threat over fictional actors and the bundled verb patterns: the act in their
// to-infinitive is intended or threatened (CAMEO's 03 and 13 codes), also after a verb of announcing
// (clause.noun-infinitive), and its words are not the governing verb's object (match.intended-act).

const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  // clause.noun-infinitive: after "announced", the plan is the object, not the subject of a reported clause.
  { text: 'Freedonia announced plans to send aid to Sylvania.', want: ['FRD>033>SYL'] },
  // match.intended-act: the sanctions are the plan's, not an imposition by "unveiled".
  { text: 'Freedonia unveiled plans to impose sanctions on Sylvania.', want: ['FRD>1312>SYL'] },
  // INTENT_NOUNS: intention, readiness, pledge govern an intended act.
  { text: 'Freedonia declared its readiness to hold talks with Sylvania.', want: ['FRD>036>SYL'] },
  { text: "Freedonia's pledge to provide aid to Sylvania was welcomed.", want: ['FRD>033>SYL'] },
  // THREAT_NOUNS: a hostile act a threat governs is the threat, as after "threatened to".
  { text: 'Freedonia repeated its threat to attack Sylvania.', want: ['FRD>1384>SYL'] },
  // A negated intent intends nothing: "no plans", "does not have any plans".
  { text: 'Freedonia has no plans to attack Sylvania.', want: ['FRD>1384>SYL !neg'] },
  { text: 'Freedonia does not have any plans to attack Sylvania.', want: ['FRD>1384>SYL !neg'] },
  // Announcing the act itself is still the act.
  { text: 'Freedonia announced new sanctions on Sylvania.', want: ['FRD>163>SYL'] },
];

for (const c of CASES) {
  test(`intent nouns: ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' !neg' : ''}`), c.want);
  });
}
