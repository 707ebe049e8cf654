import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../testdata/helpers.js';
import type { Event } from '../model/types.js';
import { eventToJson } from '../model/event-json.js';

// Background is not news (ADR 0010): events in relative and subordinate clauses beside a main-clause event,
// in the pluperfect outside reported speech, or dated by the text to a year before publication are flagged
// with why (`background`) and left out of the default output; `--all` keeps them.

function show(e: Event): string {
  return `${e.source?.actor.code ?? '-'}>${e.cameo}>${e.target?.actor.code ?? '-'}${e.negated ? ' !neg' : ''}${e.background ? ` ^${e.background}` : ''}`;
}

interface Case {
  readonly text: string;
  /** Events with background kept (`--all`). */
  readonly all: readonly string[];
  /** Events of the default output. */
  readonly shown: readonly string[];
}

const CASES: readonly Case[] = [
  // clause: a relative or subordinate clause beside a main-clause event is its background.
  { text: 'Freedonia condemned Sylvania, which attacked Osterlich on Monday.', all: ['FRD>111>SYL', 'SYL>190>OST ^clause'], shown: ['FRD>111>SYL'] },
  { text: 'Sylvania, which attacked Osterlich, met with Freedonia.', all: ['SYL>036>FRD', 'SYL>190>OST ^clause'], shown: ['SYL>036>FRD'] },
  { text: 'Freedonia met with Osterlich on Monday after Sylvania had attacked Osterlich.', all: ['FRD>036>OST', 'SYL>190>OST ^clause'], shown: ['FRD>036>OST'] },
  // With no main-clause event, the clause is what the sentence reports.
  { text: 'Freedonia welcomed the talks after Sylvania attacked Osterlich.', all: ['SYL>190>OST'], shown: ['SYL>190>OST'] },
  // pluperfect: a past before the story's past.
  { text: 'Freedonia had already attacked Sylvania. On Monday Freedonia met with Osterlich.', all: ['FRD>190>SYL ^pluperfect', 'FRD>036>OST'], shown: ['FRD>036>OST'] },
  { text: 'Osterlich met with Freedonia. Sylvania had been attacked by Freedonia.', all: ['OST>036>FRD', 'FRD>190>SYL ^pluperfect'], shown: ['OST>036>FRD'] },
  // In reported speech "had" is the backshifted past of what was said: news.
  { text: 'Osterlich said Freedonia had attacked Sylvania. Freedonia met with Osterlich.', all: ['FRD>190>SYL', 'FRD>036>OST'], shown: ['FRD>190>SYL', 'FRD>036>OST'] },
  { text: 'Freedonia denied it had attacked Sylvania. Osterlich met with Freedonia.', all: ['FRD>016>SYL', 'FRD>190>SYL !neg', 'OST>036>FRD'], shown: ['FRD>016>SYL', 'FRD>190>SYL !neg', 'OST>036>FRD'] },
  // A text whose every event is in the pluperfect tells no later story: its events are what it reports.
  { text: 'Freedonia had attacked Sylvania.', all: ['FRD>190>SYL'], shown: ['FRD>190>SYL'] },
  // A modal with "had" is no pluperfect: hypothetical, not background.
  { text: 'Freedonia could have attacked Sylvania. Freedonia met with Osterlich.', all: ['FRD>190>SYL', 'FRD>036>OST'], shown: ['FRD>036>OST'] },
  // earlier-year: the text dates the act to a year before publication (1933-06-15).
  { text: 'Freedonia attacked Sylvania in 1931.', all: ['FRD>190>SYL ^earlier-year'], shown: [] },
  { text: 'In 1931, Freedonia attacked Sylvania.', all: ['FRD>190>SYL ^earlier-year'], shown: [] },
  { text: 'Freedonia attacked Sylvania last year.', all: ['FRD>190>SYL ^earlier-year'], shown: [] },
  { text: 'Freedonia attacked Sylvania in December 1932.', all: ['FRD>190>SYL ^earlier-year'], shown: [] },
  { text: 'Freedonia attacked Sylvania on Monday. Freedonia attacked Sylvania in 1931.', all: ['FRD>190>SYL', 'FRD>190>SYL ^earlier-year'], shown: ['FRD>190>SYL'] },
  // A month without its year is within the past twelve months by construction; this year is news.
  { text: 'Freedonia attacked Sylvania in December.', all: ['FRD>190>SYL'], shown: ['FRD>190>SYL'] },
  { text: 'Freedonia attacked Sylvania in March 1933.', all: ['FRD>190>SYL'], shown: ['FRD>190>SYL'] },
];

for (const c of CASES) {
  test(`background: ${c.text}`, () => {
    const article = { id: 't', text: c.text, publishedAt: '1933-06-15' };
    assert.deepEqual(fictionalCoder({ all: true }).code(article).events.map(show), c.all, '--all');
    assert.deepEqual(fictionalCoder().code(article).events.map(show), c.shown, 'default');
  });
}

test('background: the JSON record carries the reason only on background events', () => {
  const article = { id: 't', text: 'Freedonia condemned Sylvania, which attacked Osterlich on Monday.', publishedAt: '1933-06-15' };
  const [news, aside] = fictionalCoder({ all: true }).code(article).events.map(eventToJson);
  assert.equal(news !== undefined && 'background' in news, false);
  assert.equal(aside?.background, 'clause');
});

test('background: a background first report never absorbs the news report of the same event', () => {
  const article = { id: 't', text: 'Freedonia attacked Sylvania in 1931. On Monday Freedonia attacked Sylvania.', publishedAt: '1933-06-15' };
  assert.deepEqual(fictionalCoder().code(article).events.map((e) => `${show(e)} @${e.date?.value}`), ['FRD>190>SYL @1933-06-12']);
});

test('background: keeping background events is part of the coder version', () => {
  assert.notEqual(fictionalCoder({ all: true }).version, fictionalCoder({ hypothetical: true }).version);
});
