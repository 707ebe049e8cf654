import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads } from '../../../testdata/helpers.js';

// Organisations named again, over fictional actors and the bundled verbs. memory.org-head: "the Hand" after
// "the Red Hand" is that organisation; not a news outlet's short name, nor a word that runs into another capitalised one.
const CASES: readonly { readonly rule: string; readonly text: string; readonly want: readonly string[] }[] = [
  { rule: 'memory.org-head', text: 'The Red Hand attacked Sylvania on Monday. The Hand also attacked Osterlich.', want: ['IMGRED>190>SYL', 'IMGRED>190>OST'] },
  { rule: 'memory.org-head', text: 'The Red Hand attacked Sylvania on Monday. Osterlich condemned the Hand.', want: ['IMGRED>190>SYL', 'OST>111>IMGRED'] },
  { rule: 'memory.org-head', text: 'The Sylvan Wire praised Osterlich on Monday. The Wire also praised Freedonia.', want: ['SYLMED>051>OST'] },
  { rule: 'memory.org-head', text: 'The Red Hand attacked Sylvania on Monday. The Hand Brigade also attacked Osterlich.', want: ['IMGRED>190>SYL', 'REB>190>OST'] },
  // A short form given in brackets, with or without "the"; not one that modifies a noun after it with its name.
  { rule: 'memory.org-head', text: 'The Sylvanian Unity Commission (SUC) accused Osterlich of fraud on Monday. The SUC also criticized Freedonia.', want: ['SYLGOV>1121>OST', 'SYLGOV>111>FRD'] },
  { rule: 'memory.org-head', text: 'The Sylvanian Unity Commission (SUC) accused Osterlich of fraud on Monday. SUC officials also criticized Freedonia.', want: ['SYLGOV>1121>OST', 'SYLGOV>111>FRD'] },
  { rule: 'memory.org-head', text: 'Sylvania signed the Sylvanian Unity Commission (SUC) treaty on Monday. The SUC also criticized Freedonia.', want: ['SYL>057>SYLGOV'] },
  // In lower case the head noun of a name is that organisation within three sentences; not before another noun.
  { rule: 'memory.org-head', text: 'The Tidewater Council condemned Sylvania on Monday. The council also criticized Osterlich.', want: ['IGOTDC>111>SYL', 'IGOTDC>111>OST'] },
  { rule: 'memory.org-head', text: 'The Tidewater Council condemned Sylvania on Monday. Osterlich criticized the council.', want: ['IGOTDC>111>SYL', 'OST>111>IGOTDC'] },
  { rule: 'memory.org-head', text: 'The Tidewater Council condemned Sylvania on Monday. The council members also criticized Osterlich.', want: ['IGOTDC>111>SYL'] },
  { rule: 'memory.org-head', text: 'The Tidewater Council condemned Sylvania on Monday. It rained. It rained. It rained. It rained. The council also criticized Osterlich.', want: ['IGOTDC>111>SYL'] },
  // memory.definite-org: "the organisation" is the organisation named last; "the group" the last that is no
  // international body; not a noun compound ("the group leader").
  { rule: 'memory.definite-org', text: 'The Red Hand attacked Sylvania on Monday. The group also attacked Osterlich.', want: ['IMGRED>190>SYL', 'IMGRED>190>OST'] },
  { rule: 'memory.definite-org', text: 'The Red Hand attacked Sylvania. The League of Unity condemned the attack on Monday. The group also attacked Osterlich.', want: ['IMGRED>190>SYL', 'IGOLOU>111>IMGRED', 'IMGRED>190>OST'] },
  { rule: 'memory.definite-org', text: 'The Red Hand attacked Sylvania. The League of Unity condemned the attack on Monday. The organization also criticized Osterlich.', want: ['IMGRED>190>SYL', 'IGOLOU>111>IMGRED', 'IGOLOU>111>OST'] },
  { rule: 'memory.definite-org', text: 'The Red Hand attacked Sylvania on Monday. The group leader also attacked Osterlich.', want: ['IMGRED>190>SYL'] },
  { rule: 'memory.definite-org', text: 'The League of Unity condemned Sylvania on Monday. The alliance also criticized Osterlich.', want: ['IGOLOU>111>SYL', 'IGOLOU>111>OST'] },
];

for (const c of CASES) {
  test(`${c.rule}: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}
