/**
 * The event's JSON form: the record `dyad code --jsonl` writes and other tools read. Derived from the
 * in-memory event (event.ts); keys are listed in wire order, and `eventToJson` writes them in that order.
 */
import { z } from 'zod';
import { ActorCoding, Attribution, Event, EventDate, Mention, Place } from './event.js';
import type { DeepReadonly } from './readonly.js';

/** A character range as a [start, end) pair. */
export const SpanPair = z.tuple([z.number(), z.number()]);

/** One side of an event as written to JSON. */
export const ActorJson = z.object({
  text: Mention.shape.text,
  code: ActorCoding.shape.code,
  country: z.string().nullable(),
  sector: z.string().nullable(),
  span: SpanPair,
});
export type ActorJson = DeepReadonly<z.infer<typeof ActorJson>>;

/** The event record `dyad code --jsonl` writes (the interface other tools read). */
export const EventJson = z.object({
  sentence: Event.shape.sentence,
  span: SpanPair,
  source: ActorJson.nullable(),
  target: ActorJson.nullable(),
  cameo: Event.shape.cameo,
  goldstein: Event.shape.goldstein,
  quad: Event.shape.quad,
  plover: Event.shape.plover,
  acled: Event.shape.acled,
  /** The precedence rule that gave `acled` (absent when the CAMEO code alone did, and in the store). */
  acledRule: z.string().exactOptional(),
  negated: Event.shape.negated,
  modality: Event.shape.modality,
  /** Why the event is background (only on background events, which `--all` keeps; absent on news). */
  background: Event.shape.background,
  attribution: Attribution.omit({ span: true }).nullable(),
  hedged: Event.shape.hedged,
  date: EventDate.omit({ span: true }).nullable(),
  place: Place.omit({ span: true }).nullable(),
  rule: Event.shape.rule,
});
export type EventJson = DeepReadonly<z.infer<typeof EventJson>>;

function actor(m: Mention | null): ActorJson | null {
  if (!m) return null;
  return { text: m.text, code: m.actor.code, country: m.actor.country ?? null, sector: m.actor.sector ?? null, span: [m.start, m.end] };
}

/** Convert an event to its JSON record. */
export function eventToJson(e: Event): EventJson {
  return {
    sentence: e.sentence,
    span: [e.trigger.start, e.trigger.end],
    source: actor(e.source),
    target: actor(e.target),
    cameo: e.cameo,
    goldstein: e.goldstein,
    quad: e.quad,
    plover: e.plover,
    acled: e.acled,
    ...(e.typing ? { acledRule: e.typing.rule } : {}),
    negated: e.negated,
    modality: e.modality,
    ...(e.background ? { background: e.background } : {}),
    attribution: e.attribution ? { text: e.attribution.text, code: e.attribution.code } : null,
    hedged: e.hedged,
    date: e.date ? { value: e.date.value, precision: e.date.precision, basis: e.date.basis } : null,
    place: e.place ? { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon, geonameId: e.place.geonameId, ...(e.place.basis ? { basis: e.place.basis } : {}) } : null,
    rule: e.rule,
  };
}
