import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actor, mention, segmented, stage, withMentions } from '../../../testdata/docs.js';

// The events stage on hand-built documents: tokens from the segmenter, mentions written by hand (no actor
// stage), so each case shows what the stage itself adds: events, reports and triggers.

const run = stage('events').run;

interface Case {
  readonly text: string;
  /** Mentions as [words, country, sector?]. */
  readonly mentions: readonly (readonly [string, string, string?])[];
  readonly events: readonly string[];
  /** Reports as `kind:speaker`. */
  readonly reports?: readonly string[];
}

const CASES: readonly Case[] = [
  { text: 'Freedonia attacked Sylvania.', mentions: [['Freedonia', 'FRD'], ['Sylvania', 'SYL']], events: ['FRD>190>SYL'], reports: [] },
  { text: 'Sylvania was attacked by Freedonian troops.', mentions: [['Sylvania', 'SYL'], ['Freedonian troops', 'FRD', 'MIL']], events: ['FRDMIL>190>SYL'] },
  { text: 'Osterlich said Freedonia attacked Sylvania.', mentions: [['Osterlich', 'OST'], ['Freedonia', 'FRD'], ['Sylvania', 'SYL']], events: ['FRD>190>SYL'], reports: ['speech:Osterlich'] },
  { text: 'Freedonia attacked Sylvania, Osterlich said.', mentions: [['Freedonia', 'FRD'], ['Sylvania', 'SYL'], ['Osterlich', 'OST']], events: ['FRD>190>SYL'], reports: ['inverted:Osterlich'] },
  { text: 'According to Osterlich, Freedonia attacked Sylvania.', mentions: [['Osterlich', 'OST'], ['Freedonia', 'FRD'], ['Sylvania', 'SYL']], events: ['FRD>190>SYL'], reports: ['according:Osterlich'] },
  // A meeting with a partner is coded both ways.
  { text: 'Freedonia talked with Sylvania.', mentions: [['Freedonia', 'FRD'], ['Sylvania', 'SYL']], events: ['FRD>040>SYL', 'SYL>040>FRD'] },
  // In an article a statement needs a placed source and a target; a text of one sentence keeps it with none.
  { text: 'The day was quiet. Freedonia condemned the decision.', mentions: [['Freedonia', 'FRD']], events: [] },
  { text: 'Freedonia condemned the decision.', mentions: [['Freedonia', 'FRD']], events: ['FRD>111>-'] },
  // No mentions, no events.
  { text: 'Nobody attacked anybody.', mentions: [], events: [] },
];

for (const c of CASES) {
  test(`events stage: ${c.text}`, () => {
    const base = segmented(c.text);
    const doc = withMentions(base, c.mentions.map(([w, country, sector]) => mention(base, w, actor(country, sector))));
    const out = run(doc);
    assert.deepEqual(out.events.map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}`), c.events);
    if (c.reports) assert.deepEqual(out.reports.map((r) => `${r.kind}:${r.speakers.map((m) => m.text).join('+')}`), c.reports);
    // Attribution is the attribution stage's; every event has a trigger with its subject.
    for (const e of out.events) {
      assert.equal(e.attribution, null);
      assert.ok(out.triggers.some((t) => t.span.start === e.trigger.start), 'a trigger for each event');
    }
    // The stage adds its layers and leaves the others as they were.
    assert.equal(out.mentions, doc.mentions);
    assert.equal(out.tokens, doc.tokens);
  });
}
