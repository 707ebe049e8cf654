import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder, notStatement } from '../../../testdata/helpers.js';
import type { Event } from '../../model/types.js';
import { createModalityFilter } from './modality.js';

// What is not asserted is not coded as asserted: modal and counterfactual verbs give hypothetical acts,
// which the default output leaves out and `--hypothetical` keeps; reported intent ("said it would ...")
// and conditional threats are statements made, and stay.

function show(e: Event): string {
  return `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' !neg' : ''}${e.modality !== 'asserted' ? ` ~${e.modality}` : ''}`;
}

interface Case {
  readonly text: string;
  /** Events with hypothetical ones kept (`--hypothetical`). */
  readonly all: readonly string[];
  /** Events of the default output. */
  readonly shown: readonly string[];
}

const CASES: readonly Case[] = [
  // Modals of possibility.
  { text: 'Freedonia can attack Sylvania at any time.', all: ['FRD>190>SYL ~hypothetical'], shown: [] },
  { text: 'The Freedonian president can use the army to attack Sylvania.', all: ['FRDGOV>190>SYL ~hypothetical'], shown: [] },
  { text: 'Freedonia could attack Sylvania within days.', all: ['FRD>190>SYL ~hypothetical'], shown: [] },
  { text: 'Osterlich may condemn Sylvania.', all: ['OST>111>SYL ~hypothetical'], shown: [] },
  { text: 'Osterlich might sign a treaty with Sylvania.', all: ['OST>057>SYL ~hypothetical'], shown: [] },
  { text: 'Freedonia may not attack Sylvania.', all: ['FRD>190>SYL !neg ~hypothetical'], shown: [] },
  // A possibility denied asserts that the act is not done: "cannot" and "could not" are negated, not hypothetical.
  { text: 'Freedonia cannot attack Sylvania.', all: ['FRD>190>SYL !neg'], shown: ['FRD>190>SYL !neg'] },
  { text: 'Osterlich said it could not meet with Sylvania.', all: ['OST>125>SYL'], shown: ['OST>125>SYL'] },
  // A noun or adjective of possibility governs the act: "has the authority to", "is able to".
  { text: 'The Freedonian president has the authority to attack Sylvania.', all: ['FRDGOV>190>SYL ~hypothetical'], shown: [] },
  { text: 'Sylvania is able to attack Freedonia.', all: ['SYL>190>FRD ~hypothetical'], shown: [] },
  // In reported speech the possible act is still only possible; the report itself is no event here.
  { text: 'Osterlich said Freedonia could attack Sylvania.', all: ['FRD>190>SYL ~hypothetical'], shown: [] },
  // Counterfactual "would": with "have", or with an "if" clause after the verb.
  { text: 'Freedonia would have attacked Sylvania.', all: ['FRD>190>SYL ~hypothetical'], shown: [] },
  // A past that did not happen threatens nothing, even with a hostile act and a condition.
  { text: 'Freedonia would have attacked Sylvania if Osterlich had agreed.', all: ['FRD>190>SYL ~hypothetical'], shown: [] },
  { text: 'Osterlich would sign a treaty with Sylvania if Freedonia agreed.', all: ['OST>057>SYL ~hypothetical'], shown: [] },
  { text: 'If Freedonia attacked Sylvania, the League of Unity would respond.', all: ['FRD>190>SYL ~hypothetical'], shown: [] },
  // Reported intent: "would" is the reported "will" of an intended act (CAMEO 03/13), kept, with a condition too.
  { text: 'Osterlich said it would sign a treaty with Sylvania if Freedonia agreed.', all: ['OST>032>SYL ~intended'], shown: ['OST>032>SYL ~intended'] },
  { text: 'Osterlich said on Monday it would sign a treaty with Sylvania if Freedonia agreed.', all: ['OST>032>SYL ~intended'], shown: ['OST>032>SYL ~intended'] },
  { text: 'Freedonia said it would attack Sylvania.', all: ['FRD>1384>SYL ~intended'], shown: ['FRD>1384>SYL ~intended'] },
  { text: 'Osterlich said it would sign a treaty with Sylvania.', all: ['OST>032>SYL ~intended'], shown: ['OST>032>SYL ~intended'] },
  // A possible hostile act on a condition that follows is the statement of a threat, kept.
  { text: 'Freedonia would attack Sylvania if Osterlich signs the treaty.', all: ['FRD>1384>SYL ~threatened'], shown: ['FRD>1384>SYL ~threatened'] },
  { text: 'Freedonia could attack Sylvania if Osterlich signs the treaty.', all: ['FRD>1384>SYL ~threatened'], shown: ['FRD>1384>SYL ~threatened'] },
  // "unless" is an ultimatum: the announced act stays intended and becomes a threat aimed at the condition.
  { text: 'Freedonia will sign a treaty with Sylvania unless Osterlich signs the treaty.', all: ['FRD>130>SYL ~threatened'], shown: ['FRD>130>SYL ~threatened'] },
  // Asserted acts, and a hypothetical first mention does not swallow the asserted report after it.
  { text: 'Freedonia attacked Sylvania.', all: ['FRD>190>SYL'], shown: ['FRD>190>SYL'] },
  { text: 'Freedonia could attack Sylvania. On Monday Freedonia attacked Sylvania.', all: ['FRD>190>SYL ~hypothetical', 'FRD>190>SYL'], shown: ['FRD>190>SYL'] },
  // "may" as the month is no modal.
  { text: 'In May Freedonia attacked Sylvania.', all: ['FRD>190>SYL'], shown: ['FRD>190>SYL'] },
];

for (const c of CASES) {
  test(`modality: ${c.text}`, () => {
    const article = { id: 't', text: c.text, publishedAt: '1933-06-15' };
    assert.deepEqual(fictionalCoder({ hypothetical: true }).code(article).events.filter(notStatement).map(show), c.all, '--hypothetical');
    assert.deepEqual(fictionalCoder().code(article).events.filter(notStatement).map(show), c.shown, 'default');
  });
}

test('modality: keeping hypothetical events is part of the coder version', () => {
  assert.notEqual(fictionalCoder({ hypothetical: true }).version, fictionalCoder().version);
  assert.notEqual(createModalityFilter({ keepHypothetical: true }).version, createModalityFilter({ keepHypothetical: false }).version);
});
