import type { Event, Mention, RuleRef } from '../model/types.js';

/** One side of an event as written to JSON. */
export interface ActorJson {
  readonly text: string;
  readonly code: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly span: readonly [number, number];
}

/** The event record `dyad code --jsonl` writes (the interface other tools read). */
export interface EventJson {
  readonly sentence: number;
  readonly span: readonly [number, number];
  readonly source: ActorJson | null;
  readonly target: ActorJson | null;
  readonly cameo: string | null;
  readonly goldstein: number | null;
  readonly quad: number | null;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly acled: string | null;
  /** The precedence rule that gave `acled` (absent when the CAMEO code alone did, and in the store). */
  readonly acledRule?: string;
  readonly negated: boolean;
  readonly modality: string;
  readonly attribution: { readonly text: string; readonly code: string | null } | null;
  readonly hedged: boolean;
  readonly date: { readonly value: string; readonly precision: string; readonly basis: string } | null;
  readonly place: { readonly name: string; readonly country: string | null; readonly lat: number; readonly lon: number; readonly geonameId: number | null } | null;
  readonly rule: RuleRef;
}

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
    attribution: e.attribution ? { text: e.attribution.text, code: e.attribution.code } : null,
    hedged: e.hedged,
    date: e.date ? { value: e.date.value, precision: e.date.precision, basis: e.date.basis } : null,
    place: e.place ? { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon, geonameId: e.place.geonameId } : null,
    rule: e.rule,
  };
}
