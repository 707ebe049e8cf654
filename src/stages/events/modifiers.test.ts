import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledVerbsCoder } from '../../../testdata/helpers.js';

// Participles that modify a noun, and trigger senses fixed by their object, end to end over fictional
// actors and the bundled verb patterns: who acts is the noun the participle modifies, not the clause's
// subject; a thing received is no visitor hosted; a trainee is no one trained.

interface Case {
  readonly rule: string;
  readonly text: string;
  /** Expected events as "SRC>CAMEO>TGT", in reading order. */
  readonly want: readonly string[];
}

const CASES: readonly Case[] = [
  // subject.noun-participle: a present participle after a common noun has that noun as its subject.
  { rule: 'subject.noun-participle', text: 'The talks came as Freedonia held exercises in waters surrounding Sylvania.', want: ['FRD>150>SYL'] },
  // The noun's own actor stays the subject: a sector noun, or an actor modifying the noun.
  { rule: 'subject.noun-participle', text: 'The protests followed Freedonian troops surrounding Sylvan City.', want: ['FRDMIL>191>SYLGOV'] },
  { rule: 'subject.noun-participle', text: 'The riots followed Freedonian airstrikes targeting Sylvania.', want: ['FRD>195>SYL'] },
  // A document carries its author's act.
  { rule: 'subject.noun-participle', text: 'Freedonia issued a statement condemning Sylvania.', want: ['FRD>010>SYL', 'FRD>111>SYL'] },
  // An undertaking (talks, a program, an effort) carries the act of the one who undertakes it; other nouns do not.
  { rule: 'subject.noun-participle', text: 'Freedonia launched a program targeting Sylvania.', want: ['FRD>190>SYL'] },
  { rule: 'subject.noun-participle', text: 'Freedonia launched a storm targeting Sylvania.', want: [] },
  // sides.reduced-passive: a past participle with a by-phrase after a noun (or its comma) is a passive without "be".
  { rule: 'sides.reduced-passive', text: 'Freedonian troops have had run-ins with groups backed by Sylvania.', want: [] },
  { rule: 'sides.reduced-passive', text: 'Sylvanian troops, trained and armed by Freedonia, lost ground.', want: ['FRD>062>SYLMIL'] },
  { rule: 'sides.reduced-passive', text: 'Sylvanian troops, trained by Freedonia, attacked Osterlich.', want: ['FRD>062>SYLMIL', 'SYLMIL>190>OST'] },
  // The by-phrase may follow the participle's "as" phrase right after the noun; not after a comma, which may close the subject's apposition.
  { rule: 'sides.reduced-passive', text: 'The Sylvanian rebels designated as a terrorist group by Freedonia met on Monday.', want: ['FRD>163>SYLREB'] },
  { rule: 'sides.reduced-passive', text: 'The Freedonian minister, Firefly, condemned as a crime the speeches by Sylvanian leaders.', want: ['FRDGOV>111>SYL'] },
  // subject.before: a backer in the subject's hyphenated modifier gives way to whoever it backs.
  { rule: 'subject.before', text: 'Sylvanian-backed troops attacked Osterlich.', want: ['MIL>190>OST'] },
  { rule: 'subject.before', text: 'The Freedonia-trained Red Hand attacked Osterlich.', want: ['IMGRED>190>OST'] },
  // subject.before: an actor in a prepositional phrase (lexicon NOT_SUBJECT_PREPS) is no subject.
  { rule: 'subject.before', text: 'Without Freedonian help, rebels attacked Osterlich.', want: ['REB>190>OST'] },
  { rule: 'subject.before', text: 'Bombs outside the Freedonian embassy killed 12 people.', want: [] },
  { rule: 'subject.before', text: 'Standing alongside the Freedonian president, the Sylvanian president condemned Osterlich.', want: ['SYLGOV>111>OST'] },
  // subject.apposition: a name set off by commas before the verb renames a subject whose head names no actor.
  { rule: 'subject.apposition', text: "One of Freedonia's allies, Sylvania, attacked Osterlich.", want: ['SYL>190>OST'] },
  { rule: 'subject.apposition', text: "Freedonia's closest ally, Sylvania, attacked Osterlich.", want: ['SYL>190>OST'] },
  // A subject that is itself an actor keeps acting; so does a possessive with no name after it.
  { rule: 'subject.apposition', text: "Freedonia, Sylvania's ally, attacked Osterlich.", want: ['FRD>190>OST'] },
  { rule: 'subject.apposition', text: "Freedonia's allies attacked Osterlich.", want: ['FRD>190>OST'] },
  // A spaced dash opens the same aside as a comma; a hyphen joins a compound ("Freedonia-trained").
  { rule: 'sides.reduced-passive', text: 'Sylvanian troops — trained and armed by Freedonia — lost ground.', want: ['FRD>062>SYLMIL'] },
  { rule: 'sides.reduced-passive', text: 'The Red Hand - trained by Freedonia - lost ground.', want: ['FRD>062>IMGRED'] },
  // polysemy: "receive" a thing (a message, aid, a boost) is no hosting; a visitor received is.
  { rule: 'receive.thing', text: 'Osterlich received a message from Sylvania via Freedonia.', want: [] },
  { rule: 'receive.thing', text: 'The rebels received Sylvanian assistance.', want: [] },
  { rule: 'receive.thing', text: 'The plan received a welcome boost from Freedonia.', want: [] },
  { rule: 'receive.thing', text: 'The Freedonian president received the Sylvanian foreign minister.', want: ['FRDGOV>043>SYLGOV'] },
  // polysemy: "train" codes military cooperation only towards someone trained, not a trainee's own training.
  { rule: 'train.target', text: 'The Freedonian army trained in Freedonia.', want: [] },
  { rule: 'train.target', text: 'Freedonian soldiers trained in Freedonia for months.', want: [] },
  { rule: 'train.target', text: 'Freedonian instructors trained Sylvanian troops.', want: ['FRD>062>SYLMIL'] },
];

function show(e: { source: { actor: { code: string } } | null; target: { actor: { code: string } } | null; cameo: string | null }): string {
  return `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`;
}

for (const c of CASES) {
  test(`modifiers: ${c.rule}: ${c.text}`, () => {
    const doc = bundledVerbsCoder().code({ id: 't', text: c.text, publishedAt: '1933-06-15' });
    assert.deepEqual(doc.events.map(show), c.want);
  });
}
