import type { Event } from '../../model/types.js';
import { dedupe } from './emit.js';

// Which of an article's coded events are kept, and in what order: one-sided and agentless events in
// sentence-level coding, the background beside the news, the pluperfect of a text that tells no story.

/**
 * events.one-sided: the events kept. A dyad, or a material act, always; in sentence-level coding an event
 * with a source but no target, or a source of no known country, too, where its sentence holds no kept
 * event: it is then all the sentence says, as GDELT's Actor1-only events and PETRARCH's "---" actors are
 * (in an article, the surrounding sentences usually name who such an actor is).
 */
export function keepEvents(events: readonly Event[], how: { readonly kept: (e: Event) => boolean; readonly oneSided: boolean }): Event[] {
  if (!how.oneSided) return events.filter(how.kept);
  const coded = new Set<number>();
  for (const e of events) if (how.kept(e)) coded.add(e.sentence);
  return events.filter((e) => how.kept(e) || (!coded.has(e.sentence) && e.source !== null));
}

/**
 * events.agentless-alone: in sentence-level coding, an act on a named victim whose agent the sentence does not
 * name ("the opposition leader was arrested", "two soldiers were killed") is kept where the sentence holds no
 * other event, with no source, as GDELT's Actor2-only events and PETRARCH's "---" actors are. In an article
 * the surrounding sentences usually name the agent, and such acts stay uncoded there.
 */
export function agentlessAlone(events: readonly Event[], kept: readonly Event[], unsaid: ReadonlySet<Event>): Event[] {
  const coded = new Set(kept.map((e) => e.sentence));
  const out: Event[] = [];
  for (const e of events) if (unsaid.has(e) && !coded.has(e.sentence)) { out.push(e); coded.add(e.sentence); }
  return out;
}

/**
 * background.pluperfect: "had attacked" is a past before the story's past only where the text tells a story in the
 * past: an article whose every event is in the pluperfect (a lone sentence, a summary) reports those events.
 */
export function storyPast(events: Event[]): Event[] {
  if (events.some((e) => e.background === undefined) || !events.some((e) => e.background === 'pluperfect')) return events;
  return events.map((e) => {
    if (e.background !== 'pluperfect') return e;
    const { background: _, ...news } = e;
    return news;
  });
}

/**
 * The news events with the background ones of the same sentences after them, in sentence order; a background
 * event that repeats a news event of its sentence (same dyad and root) adds nothing and is left out.
 */
export function withBackground(news: readonly Event[], background: readonly Event[]): Event[] {
  const key = (e: Event): string => `${e.sentence}|${e.source?.actor.code}|${e.target?.actor.code}|${e.cameo?.slice(0, 2)}`;
  const shown = new Set(news.map(key));
  const extra = dedupe(background).filter((e) => !shown.has(key(e)));
  const out: Event[] = [];
  let j = 0;
  for (const e of news) {
    while (j < extra.length && (extra[j]?.sentence ?? Infinity) < e.sentence) out.push(extra[j++] as Event);
    out.push(e);
  }
  while (j < extra.length) out.push(extra[j++] as Event);
  return out;
}
