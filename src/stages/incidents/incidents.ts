import type { Doc, Event, Mention, Stage, Token, Typing } from '../../model/types.js';
import type { CueDictionary, CueHit } from '../../dictionaries/cues.js';
import type { CameoTable } from '../../ontology/cameo.js';
import { INCIDENT_CAMEO, NO_DYAD_LABELS } from '../../ontology/acled.js';
import { acledType } from '../events/acled.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';
import { decide, type Decision } from './rules.js';
import { grievance, namedPastEvent } from './context.js';
import { extend } from '../../model/extend.js';

// The incident typer: every event gets one ACLED-style type from its CAMEO code and the cue classes of
// its sentence (rules.ts says which wins and why), and an article in which the dyad coder found no event
// reports its incidents as events without a dyad (see docs/adr/0005-incidents.md for why only there).

function typing(d: Decision, tokens: readonly Token[]): Typing {
  return {
    rule: d.rule,
    cues: d.cues.map((h) => ({
      cls: h.cls, text: h.phrase.text, file: h.phrase.file, line: h.phrase.line,
      span: { start: tokens[h.start]?.start ?? 0, end: tokens[h.end - 1]?.end ?? 0 },
    })),
  };
}

/** Whether a negator stands within three tokens before or two after a deciding cue ("attacked nobody"). */
function denied(hits: readonly CueHit[], d: Decision): boolean {
  return hits.some((n) => n.cls === 'NEGATION' && d.cues.some((h) => n.start >= h.start - 3 && n.start <= h.end + 1));
}

/** The actor doing what the first deciding cue names: the last actor before it in the sentence, if any. */
function agent(mentions: readonly Mention[], hits: readonly CueHit[]): Mention | null {
  const at = Math.min(...hits.map((h) => h.start));
  let best: Mention | null = null;
  for (const m of mentions) if (m.tokenEnd <= at && !m.modifier) best = m;
  return best;
}

/** Disasters have no agent: an actor named before the cue is a bystander ("the EU sent aid to stem the outbreak"). */
const AGENTLESS: ReadonlySet<string> = new Set(['NATURAL_DISASTER', 'MAN_MADE_DISASTER']);

/**
 * Whether a mention names a party to the sentence's incident. A country adjective or possessive of a place
 * ("Indonesia's Lombok Island", "the Somali town of", "the Sino-Freedonian border") says where, not who.
 */
function namesParty(m: Mention, hits: readonly CueHit[], tokens: readonly Token[]): boolean {
  if (!m.modifier) return true;
  for (let k = m.tokenEnd; k < m.tokenEnd + 4; k++) {
    const t = tokens[k];
    if (!t) return true;
    if (hits.some((h) => h.start === k && h.cls === 'PLACE')) return false;
    if (!(t.norm === "'s" || t.norm === '-' || t.pos === 'ADJ' || t.pos === 'PROPN')) return true;
  }
  return true;
}

/**
 * Which incidents without an event become events of their own: `sideless` (the default, for dyad data)
 * only those that name no actor in an article with no dyad; `every` (ACLED-style data) each one.
 */
export type IncidentMode = 'sideless' | 'every';

/** Create the incident typer over the ACLED cue classes. */
export function createIncidentTyper(opts: { cues: CueDictionary; cameo: CameoTable; lexicon: Lexicon; mode?: IncidentMode }): Stage {
  const { cues, cameo, lexicon: lex } = opts;
  const mode = opts.mode ?? 'sideless';

  function incident(doc: Doc, sentence: number, d: Decision, mentions: readonly Mention[]): Event {
    const code = INCIDENT_CAMEO[d.label];
    const info = code !== null ? cameo.get(code) : undefined;
    const first = d.cues.reduce((a, h) => (h.start < a.start ? h : a));
    const cue = first.phrase;
    return {
      sentence,
      trigger: { start: doc.tokens[first.start]?.start ?? 0, end: doc.tokens[first.end - 1]?.end ?? 0 },
      source: AGENTLESS.has(d.label) ? null : agent(mentions, d.cues), target: null,
      cameo: info?.code ?? null, goldstein: info?.goldstein ?? null, quad: info?.quad ?? null,
      plover: { type: info?.ploverType ?? null, mode: info?.ploverMode ?? null },
      acled: d.label, typing: typing(d, doc.tokens),
      negated: false, modality: 'asserted', attribution: null, hedged: false, date: null, place: null,
      rule: { file: cue.file, line: cue.line, id: d.rule },
    };
  }

  function run(doc: Doc): Doc {
    const { tokens, sentences } = doc;
    const byMentions = new Map<number, Mention[]>();
    for (const m of doc.mentions) {
      const l = byMentions.get(m.sentence);
      if (l) l.push(m); else byMentions.set(m.sentence, [m]);
    }
    const hitCache = new Map<number, CueHit[]>();
    const hitsOf = (i: number): CueHit[] => {
      let h = hitCache.get(i);
      if (!h) {
        const s = sentences[i];
        const all = s ? cues.scan(tokens, s.tokenStart, s.tokenEnd) : [];
        h = all.filter((x) => !namedPastEvent(tokens, x) && !grievance(tokens, all, x));
        hitCache.set(i, h);
      }
      return h;
    };
    const events = doc.events.map((e): Event => {
      const mentions = byMentions.get(e.sentence) ?? [];
      const d = decide({ hits: hitsOf(e.sentence), mentions, cameo: e.cameo });
      if (d) return extend(e, { acled: d.label, typing: typing(d, tokens) });
      const s = sentences[e.sentence];
      const byCode = e.cameo !== null && s ? acledType(e.cameo, e, { tokens, from: s.tokenStart, to: s.tokenEnd }, lex) : null;
      return { ...e, acled: byCode };
    });
    // Sideless mode: only an article with no dyad at all, and only sentences that name no actor (a dyad
    // the coder missed would otherwise come out as a one-sided incident) or whose incident no dyad can
    // report (a disaster, weapons found, a base set up); a country that only says where
    // ("in Indonesia's Lombok Island") names no actor. Every: each sentence without an event.
    // Background events are not what the article reports: they neither count as its dyads nor cover a sentence.
    const news = events.filter((e) => e.background === undefined);
    if (mode === 'sideless' && news.length > 0) return { ...doc, events };
    const coded = new Set(news.map((e) => e.sentence));
    const added: Event[] = [];
    for (const s of sentences) {
      if (coded.has(s.index)) continue;
      const mentions = byMentions.get(s.index) ?? [];
      const d = decide({ hits: hitsOf(s.index), mentions, cameo: null });
      if (!d || denied(hitsOf(s.index), d)) continue;
      if (mode === 'sideless' && !NO_DYAD_LABELS.has(d.label) && mentions.some((m) => namesParty(m, hitsOf(s.index), tokens))) continue;
      added.push(incident(doc, s.index, d, mentions));
    }
    if (added.length === 0) return { ...doc, events };
    // Reading order: the scorer and the consolidator take the first report of an incident.
    return { ...doc, events: [...events, ...added].sort((a, b) => a.sentence - b.sentence) };
  }

  return { name: 'incidents', version: `2-${mode}`, run };
}

