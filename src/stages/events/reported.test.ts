import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder, notStatement } from '../../../testdata/helpers.js';

// Reported accusations, end to end over fictional actors (docs/adr/0011-reported-accusations.md): a verb of
// saying of the SAY_ACCUSING class that reports a hostile act by another actor is also the speaker's
// accusation of it (112); the act itself stays, attributed to the speaker.

interface Case {
  readonly rule: string;
  readonly text: string;
  /** Expected events as "SRC>CAMEO>TGT" plus flags (!neg, @attribution, ?hedged), in output order. */
  readonly want: readonly string[];
}

const CASES: readonly Case[] = [
  { rule: 'speech.accusation', text: 'Osterlich claimed that Sylvania attacked Freedonia.', want: ['SYL>190>FRD @OST ?hedged', 'OST>112>SYL'] },
  { rule: 'speech.accusation', text: 'Osterlich claimed Sylvania attacked Freedonia.', want: ['SYL>190>FRD @OST ?hedged', 'OST>112>SYL'] },
  { rule: 'speech.accusation (inverted)', text: 'Sylvania attacked Freedonia, Osterlich claimed.', want: ['SYL>190>FRD @OST', 'OST>112>SYL'] },
  { rule: 'speech.accusation (compound agent)', text: 'Osterlich claimed that Sylvania and Freedonia attacked the Whispering Republic.', want: ['SYL>190>OST @OST ?hedged', 'FRD>190>OST @OST ?hedged', 'OST>112>SYL', 'OST>112>FRD'] },
  // Plain "say" reports the act without accusing: measured, an accusation for every reported act costs precision.
  { rule: 'say reports', text: 'Osterlich said that Sylvania attacked Freedonia.', want: ['SYL>190>FRD @OST'] },
  // No accusation of one's own side, of a denied or negated act, or of an act that is no hostility.
  { rule: 'own side', text: 'Freedonia claimed that Freedonian troops attacked Sylvania.', want: ['FRDMIL>190>SYL @FRD ?hedged'] },
  { rule: 'negated act', text: 'Osterlich claimed that Sylvania did not attack Freedonia.', want: ['SYL>190>FRD !neg @OST ?hedged'] },
  { rule: 'no hostility', text: 'Osterlich claimed that Sylvania signed a treaty with Freedonia.', want: ['SYL>057>FRD @OST ?hedged'] },
  // speech.blame: any verb of saying that reports an actor to be behind or responsible for something accuses it.
  { rule: 'speech.blame', text: 'Osterlich said Sylvania was behind the explosion.', want: ['OST>112>SYL'] },
  { rule: 'speech.blame', text: 'Osterlich said that Sylvania and Freedonia were responsible for the explosion.', want: ['OST>112>SYL', 'OST>112>FRD'] },
  // clause.colon: a report after a colon is the verb's complement, as after "that".
  { rule: 'clause.colon', text: 'Osterlich said: "Sylvania was behind the explosion."', want: ['OST>112>SYL'] },
  // speech.blame: "is to blame"; speech.blame-verb: a verb of carrying blame lays it on its subject, unless denied.
  { rule: 'speech.blame', text: 'Osterlich said Sylvania was to blame for the explosion.', want: ['OST>112>SYL'] },
  { rule: 'speech.blame-verb', text: 'Osterlich said Sylvania bears responsibility for the explosion.', want: ['OST>112>SYL'] },
  { rule: 'speech.blame-verb', text: 'Osterlich said Sylvania shouldered some of the blame for the explosion.', want: ['OST>112>SYL'] },
  { rule: 'speech.blame-verb', text: 'Osterlich said Sylvania bears no responsibility for the explosion.', want: [] },
  { rule: 'speech.blame-verb', text: 'Osterlich said Sylvania bears arms.', want: [] },
  // speech.admission: admitting a hostile act by one's own side acknowledges responsibility towards its victims.
  { rule: 'speech.admission', text: 'Freedonia acknowledged that Freedonian troops attacked Sylvania.', want: ['FRDMIL>190>SYL @FRD', 'FRD>015>SYL'] },
  { rule: 'speech.admission', text: 'Freedonia acknowledged that Osterlich attacked Sylvania.', want: ['OST>190>SYL @FRD'] },
  // speech.blame-owner: an actor's possessive before a blame noun after "be" names the one blamed.
  { rule: 'speech.blame-owner', text: "Osterlich said the explosion was likely Sylvania's doing.", want: ['OST>112>SYL'] },
  { rule: 'speech.blame-owner', text: "Osterlich said the explosion was the Freedonian army's fault.", want: ['OST>112>FRDMIL'] },
  { rule: 'speech.blame-owner', text: "Osterlich said the explosion was not Sylvania's fault.", want: [] },
  { rule: 'speech.blame-owner', text: "Osterlich said the explosion was 'likely' Sylvania's doing.", want: ['OST>112>SYL'] },
  { rule: 'speech.blame-owner', text: "Osterlich said the treaty was Sylvania's idea.", want: [] },
  { rule: 'speech.blame (inverted)', text: 'Sylvania was behind the explosion, Osterlich said.', want: ['OST>112>SYL'] },
  { rule: 'speech.blame (negated)', text: 'Osterlich said there was no proof Sylvania was behind the explosion.', want: [] },
  { rule: 'speech.certainty', text: 'Osterlich said there was no doubt that Sylvania was behind the explosion.', want: ['OST>112>SYL'] },
  { rule: 'speech.certainty', text: 'Osterlich said it had no doubt that Sylvania was responsible for the explosion.', want: ['OST>112>SYL'] },
  { rule: 'speech.blame (open)', text: 'Osterlich said it was too early to say whether Sylvania was behind the explosion.', want: [] },
  { rule: 'speech.blame (own side)', text: 'Freedonia said Freedonian troops were responsible for the explosion.', want: [] },
  { rule: 'speech.blame (no actor)', text: 'Osterlich said the storm was behind the explosion.', want: [] },
  // Verbs that name the accusation carry the act as their content (ADR 0002, policy 3).
  { rule: 'accuse of', text: 'Freedonia accused Sylvania of attacking Osterlich.', want: ['FRD>112>SYL'] },
  { rule: 'allege', text: 'Osterlich alleged that Sylvania attacked Freedonia.', want: ['OST>112>SYL ?hedged'] },
  // A claim verb's form read as an adjective still takes a bare clause: the act is its content, not Osterlich's.
  { rule: 'allege (bare clause)', text: 'Osterlich alleged Sylvania attacked Freedonia.', want: ['OST>112>SYL ?hedged'] },
  { rule: 'blame for', text: 'Freedonia blamed Sylvania for attacking Osterlich.', want: ['FRD>112>SYL'] },
  // hits.adjunct-accusation: ", accusing X of ..." with X named right after the verb is the subject's own
  // statement, kept beside the main clause's event; other participial adjuncts elaborate it and are dropped.
  { rule: 'adjunct accusation', text: 'Freedonia condemned Osterlich, accusing Sylvania of attacking Freedonian troops.', want: ['FRD>111>OST', 'FRD>112>SYL'] },
  { rule: 'adjunct accusation', text: 'Freedonia attacked Osterlich, accusing Sylvania of attacks.', want: ['FRD>190>OST', 'FRD>112>SYL'] },
  { rule: 'adjunct elaborates', text: 'Freedonia attacked Osterlich, castigating Sylvania.', want: ['FRD>190>OST'] },
  { rule: 'adjunct elaborates', text: 'Freedonia attacked Osterlich, accusing the government of lies in Sylvania.', want: ['FRD>190>OST'] },
];

interface Shown {
  readonly source: { readonly actor: { readonly code: string } } | null;
  readonly target: { readonly actor: { readonly code: string } } | null;
  readonly cameo: string | null;
  readonly negated: boolean;
  readonly hedged: boolean;
  readonly attribution: { readonly code: string | null } | null;
}

function show(e: Shown): string {
  const flags = [e.negated ? '!neg' : '', e.attribution ? `@${e.attribution.code}` : '', e.hedged ? '?hedged' : ''].filter(Boolean);
  return [`${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`, ...flags].join(' ');
}

for (const c of CASES) {
  test(`reported: ${c.rule}: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.filter(notStatement).map(show), c.want);
  });
}
