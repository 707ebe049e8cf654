/**
 * The event family's in-memory root: an event as the stages build it, with its actor mentions, date,
 * place and provenance. Defined once with zod; the JSON form (event-json.ts) and the stored forms
 * (stored.ts) are derived from these schemas.
 */
import { z } from 'zod';
import type { DeepReadonly } from './readonly.js';

/** A half-open character range [start, end) into `Article.text`. */
export const Span = z.object({ start: z.number(), end: z.number() });
export type Span = DeepReadonly<z.infer<typeof Span>>;

/** Where a decision came from: a dictionary file and line, and a stable rule id. */
export const RuleRef = z.object({ file: z.string(), line: z.number(), id: z.string() });
export type RuleRef = DeepReadonly<z.infer<typeof RuleRef>>;

/** What an actor is, in CAMEO terms: full code (country or IGO/IMG/NGO, then sector and name parts, e.g. SYRGOV). */
export const ActorCoding = z.object({
  code: z.string(),
  country: z.string().exactOptional(),
  sector: z.string().exactOptional(),
  /** A person's name when the actor is a person. */
  name: z.string().exactOptional(),
});
export type ActorCoding = DeepReadonly<z.infer<typeof ActorCoding>>;

/** An actor found in the text; `modifier` is true for possessive or adjectival uses ("Iran's", "Syrian"). */
export const Mention = z.object({
  id: z.number(),
  sentence: z.number(),
  tokenStart: z.number(),
  tokenEnd: z.number(),
  start: z.number(),
  end: z.number(),
  text: z.string(),
  actor: ActorCoding,
  rule: RuleRef,
  modifier: z.boolean(),
});
export type Mention = DeepReadonly<z.infer<typeof Mention>>;

/** Modality of an event as the text presents it. */
export const Modality = z.enum(['asserted', 'intended', 'threatened', 'hypothetical']);
export type Modality = z.infer<typeof Modality>;

/**
 * Why an event is background rather than news (docs/adr/0010-background.md): `clause`, a relative or subordinate clause,
 * a participle modifying a noun, or an event named only by a noun, in a sentence whose main clause reports another
 * event; `pluperfect`, a past before the story's past ("had attacked"); `earlier-year`, dated to a year before the
 * article's publication year. The default output leaves background out, as it leaves out hypothetical acts.
 */
export const BackgroundReason = z.enum(['clause', 'pluperfect', 'earlier-year']);
export type BackgroundReason = z.infer<typeof BackgroundReason>;

/** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const Quad = z.literal([1, 2, 3, 4]);
export type Quad = z.infer<typeof Quad>;

/** Who a claim is attributed to. */
export const Attribution = z.object({ text: z.string(), code: z.string().nullable(), span: Span });
export type Attribution = DeepReadonly<z.infer<typeof Attribution>>;

/** An event date resolved against the publication date; `span` holds the words that gave it (basis text). */
export const EventDate = z.object({
  value: z.string(),
  precision: z.enum(['day', 'month', 'year']),
  basis: z.enum(['text', 'publication']),
  span: Span.exactOptional(),
});
export type EventDate = DeepReadonly<z.infer<typeof EventDate>>;

/** Why a place was chosen: where the article names it, and what made the name this place. */
export const PlaceBasis = z.object({
  /** Named in the event's sentence, elsewhere in the article, or in the dateline. */
  scope: z.enum(['sentence', 'article', 'dateline']),
  /** A well-known political place, a country, a capital, a town in the article's countries, a town far larger than its namesakes. */
  reason: z.enum(['known', 'country', 'capital', 'context', 'size']),
});
export type PlaceBasis = DeepReadonly<z.infer<typeof PlaceBasis>>;

/** A geocoded place. */
export const Place = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number(),
  lon: z.number(),
  geonameId: z.number().nullable(),
  span: Span.exactOptional(),
  basis: PlaceBasis.exactOptional(),
});
export type Place = DeepReadonly<z.infer<typeof Place>>;

/** PLOVER event type and mode. */
export const Plover = z.object({ type: z.string().nullable(), mode: z.string().nullable() });

/** A cue that helped decide an incident's type: its class, words, span and dictionary line. */
export const TypingCue = z.object({ cls: z.string(), text: z.string(), span: Span, file: z.string(), line: z.number() });
export type TypingCue = DeepReadonly<z.infer<typeof TypingCue>>;

/** Why an event has its ACLED-style type: the precedence rule and the cues that decided it. */
export const Typing = z.object({ rule: z.string(), cues: z.array(TypingCue) });
export type Typing = DeepReadonly<z.infer<typeof Typing>>;

/** A coded event with its provenance. */
export const Event = z.object({
  sentence: z.number(),
  trigger: Span,
  source: Mention.nullable(),
  target: Mention.nullable(),
  /** Null for an incident CAMEO has no code for (a disaster, organised crime): docs/adr/0005-incidents.md. */
  cameo: z.string().nullable(),
  goldstein: z.number().nullable(),
  quad: Quad.nullable(),
  plover: Plover,
  acled: z.string().nullable(),
  /** Why the ACLED-style type (absent when the CAMEO code alone gave it). */
  typing: Typing.exactOptional(),
  negated: z.boolean(),
  modality: Modality,
  /** Present only on background (why it is not news); absent on the events a story reports. */
  background: BackgroundReason.exactOptional(),
  attribution: Attribution.nullable(),
  hedged: z.boolean(),
  date: EventDate.nullable(),
  place: Place.nullable(),
  rule: RuleRef,
});
export type Event = DeepReadonly<z.infer<typeof Event>>;
