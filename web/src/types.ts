/** The shapes the dashboard reads from the API (see /openapi.json). */
export type Span = readonly [number, number];

export interface Actor { readonly text: string; readonly code: string; readonly country: string | null; readonly span: Span }
export interface Rule { readonly file: string; readonly line: number; readonly id: string }

export interface CodedEvent {
  readonly sentence: number;
  readonly span: Span;
  readonly source: Actor | null;
  readonly target: Actor | null;
  readonly cameo: string;
  readonly goldstein: number;
  readonly quad: number;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly negated: boolean;
  readonly modality: string;
  readonly attribution: { readonly text: string; readonly code: string | null } | null;
  readonly hedged: boolean;
  readonly date: { readonly value: string; readonly precision: string; readonly basis: string } | null;
  readonly place: { readonly name: string; readonly country: string | null; readonly lat: number; readonly lon: number } | null;
  readonly rule: Rule;
}

export interface StoredEvent extends CodedEvent {
  readonly id: number;
  readonly article: { readonly id: string; readonly title: string | null; readonly url: string | null; readonly source: string | null; readonly publishedAt: string | null };
  readonly sentenceText: string;
  readonly group: { readonly id: string; readonly mentions: number; readonly sources: number; readonly articles: number } | null;
}

export interface EventsPage { readonly events: readonly StoredEvent[]; readonly nextCursor: string | null }

export interface MentionDetail {
  readonly event: StoredEvent;
  readonly articleId: number;
  readonly sentence: { readonly index: number; readonly start: number; readonly end: number; readonly text: string };
  readonly spans: { readonly trigger: Span; readonly source: Span | null; readonly target: Span | null; readonly attribution: Span | null };
}
export interface EventDetail {
  readonly group: { readonly id: string; readonly cameo: string; readonly date: string | null; readonly mentions: number; readonly sources: number; readonly articles: number } | null;
  readonly mentions: readonly MentionDetail[];
}
export interface ArticleDetail { readonly id: number; readonly text: string; readonly meta: { readonly title: string | null; readonly url: string | null; readonly source: string | null; readonly publishedAt: string | null } }

export interface TimelineRow { readonly period: string; readonly count: number; readonly goldstein: number; readonly quads: readonly [number, number, number, number] }
export interface DyadRow { readonly source: string; readonly target: string; readonly count: number; readonly goldstein: number; readonly cooperation: number; readonly conflict: number }
export interface PlacesStats {
  readonly places: readonly { readonly name: string; readonly country: string | null; readonly lat: number; readonly lon: number; readonly count: number; readonly goldstein: number }[];
  readonly countries: readonly { readonly country: string; readonly numeric: string | null; readonly name: string | null; readonly count: number; readonly goldstein: number }[];
}

export interface CodeResult {
  readonly events: readonly CodedEvent[];
  readonly explain: {
    readonly text: string;
    readonly sentences: readonly { readonly index: number; readonly start: number; readonly end: number; readonly text: string }[];
    readonly actors: readonly { readonly sentence: number; readonly start: number; readonly end: number; readonly text: string; readonly code: string; readonly rule: Rule; readonly modifier: boolean }[];
  };
}
