import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Report } from '../../model/types.js';
import { actor, event, mention, segmented, stage, withMentions } from '../../../testdata/docs.js';

// The attribution stage on hand-built documents: events, reports and triggers written by hand; the
// stage adds each event's attribution and whether it is hedged.

const run = stage('attribution').run;

/** A document with Freedonia -attacked-> Sylvania and who the sentence cites. */
function build(text: string, cite: (doc: Doc) => { kind: Report['kind']; words: string; subjectIsSpeaker?: boolean } | null): Doc {
  const base = segmented(text);
  const frd = mention(base, 'Freedonia', actor('FRD'), { id: 1 });
  const syl = mention(base, 'Sylvania', actor('SYL'), { id: 2 });
  const c = cite(base);
  const speaker = c ? (c.subjectIsSpeaker ? frd : mention(base, c.words, actor('OST'), { id: 3 })) : null;
  const e = event(base, 'attacked', { source: frd, target: syl });
  const reports: Report[] = c && speaker ? [{ sentence: speaker.sentence, token: c.kind === 'according' ? speaker.tokenStart : base.tokens.findIndex((t) => t.norm === 'said' || t.norm === 'claimed'), kind: c.kind, speakers: [speaker] }] : [];
  return { ...withMentions(base, speaker && speaker !== frd ? [frd, syl, speaker] : [frd, syl]), events: [e], reports, triggers: [{ sentence: e.sentence, span: e.trigger, subject: frd }] };
}

const CASES: readonly { name: string; doc: () => Doc; attribution: string | null; hedged: boolean }[] = [
  { name: 'no report', doc: () => build('Freedonia attacked Sylvania.', () => null), attribution: null, hedged: false },
  { name: 'a speaker before the trigger', doc: () => build('Osterlich said Freedonia attacked Sylvania.', () => ({ kind: 'speech', words: 'Osterlich' })), attribution: 'OST', hedged: false },
  { name: 'an inverted speaker after it', doc: () => build('Freedonia attacked Sylvania, Osterlich said.', () => ({ kind: 'inverted', words: 'Osterlich' })), attribution: 'OST', hedged: false },
  { name: 'according to', doc: () => build('According to Osterlich, Freedonia attacked Sylvania.', () => ({ kind: 'according', words: 'Osterlich' })), attribution: 'OST', hedged: false },
  { name: 'the subject citing itself', doc: () => build('Freedonia said it attacked Sylvania.', () => ({ kind: 'speech', words: 'Freedonia', subjectIsSpeaker: true })), attribution: null, hedged: false },
  { name: 'a doubt word', doc: () => build('Freedonia allegedly attacked Sylvania.', () => null), attribution: null, hedged: true },
  { name: 'only claimed', doc: () => build('Osterlich claimed Freedonia attacked Sylvania.', () => ({ kind: 'speech', words: 'Osterlich' })), attribution: 'OST', hedged: true },
];

for (const c of CASES) {
  test(`attribution stage: ${c.name}`, () => {
    const doc = c.doc();
    const [e] = run(doc).events;
    assert.ok(e);
    assert.equal(e.attribution?.code ?? null, c.attribution);
    assert.equal(e.hedged, c.hedged);
  });
}
