import type { Event, Mention, Report, Sentence, Token } from '../../model/types.js';
import type { Lexicon } from '../../dictionaries/lexicon.js';

/** A family of event nouns that point back to an earlier event, with the CAMEO roots that event may have. */
interface NounFamily {
  readonly words: ReadonlySet<string>;
  readonly roots: ReadonlySet<string>;
  /** An act with parties (an agreement): its target made it too. */
  readonly parties?: boolean;
  /** Only a definite noun refers back: "welcomed the deal", not "struck a deal". */
  readonly definite?: boolean;
  /**
   * The roots of the acts that answer one of this family (a statement, praise, criticism, a rejection, a threat):
   * any other act whose object is such a noun is that act itself or more of it ("conducted its sixth test",
   * "resumed the drills", "planned exercises"), not a response to the last one. All roots when absent.
   */
  readonly responses?: ReadonlySet<string>;
}

/** The noun families, and the determiners that introduce a new act rather than refer back ("a deal"). */
export interface Anaphora {
  readonly families: readonly NounFamily[];
  readonly indefinite: ReadonlySet<string>;
  /** "called it a provocation": a pronoun object is the act just reported, of any kind a decision may be. */
  readonly pronouns: ReadonlySet<string>;
  readonly decision: NounFamily;
  /** "denied it": a denial's pronoun object is the latest accusation. */
  readonly accusation: NounFamily;
  /** Forms of "be": before a participle trigger they make it passive, its object the subject. */
  readonly be: ReadonlySet<string>;
}

/** The rule-id prefix of an evaluation whose object is an act, not an actor (evaluation.ts, characterise.act). */
export const CHARACTERISED_ACT = 'characterise.act.';

/** Whether a word after "this"/"that" makes it a determiner ("called this week"), not a pronoun. */
export function headsNoun(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM');
}

/** The families in the order they are tried: the noun lists are lexicon classes, the roots CAMEO's. */
export function nounFamilies(lex: Lexicon): Anaphora {
  // "welcomed the decision", "criticised the move": any act but a bare statement, appeal or threat.
  const decision: NounFamily = { words: lex.ANAPHORA_DECISION, roots: new Set(['03', '04', '05', '06', '07', '08', '12', '14', '15', '16', '17', '19']), definite: true };
  const accusation: NounFamily = { words: lex.ANAPHORA_ACCUSATION, roots: new Set(['11', '12', '01']) };
  return { indefinite: lex.INDEFINITE_DETERMINERS, pronouns: lex.ACT_PRONOUNS, decision, accusation, be: lex.BE_FORMS, families: [
    { words: lex.ANAPHORA_FORCE, roots: new Set(['18', '19', '20', '15', '17']) },
    accusation,
    { words: lex.ANAPHORA_DEMAND, roots: new Set(['10', '02']) },
    // Only a definite protest refers back ("staged a protest" is a new one), and only when answered (rejected,
    // denied): "suppressed the protest", "joined the protests" are street protests, no complaint lodged before.
    { words: lex.ANAPHORA_PROTEST, roots: new Set(['11']), definite: true, responses: new Set(['01', '12']) },
    // Only a definite threat refers back: "gave a warning of his own" is a new one.
    { words: lex.ANAPHORA_THREAT, roots: new Set(['13']), definite: true },
    { words: lex.ANAPHORA_OFFER, roots: new Set(['03', '04']) },
    { words: lex.ANAPHORA_SANCTION, roots: new Set(['16', '17']) },
    // A joint exercise is military cooperation (062), one alone a show of force (15), a weapons test a use of arms (20).
    { words: lex.ANAPHORA_DISPLAY, roots: new Set(['15', '06', '20']), responses: new Set(['01', '02', '05', '10', '11', '12', '13']) },
    { words: lex.ANAPHORA_AGREEMENT, roots: new Set(['05', '06', '03', '08', '04']), parties: true, definite: true },
    decision,
  ] };
}

const WINDOW = 5;

/**
 * "Sylvania rejected the accusation", "Russia dismissed the demand", "the Dawn Front claimed responsibility for the
 * attacks": an event whose object is an event noun and that has no target takes one from the event it
 * refers back to (the latest earlier one of a fitting kind, within a few sentences). A party answering
 * someone else's act targets that act's source; a party owning its act (claiming it) targets its victim.
 */
export function resolveEventAnaphora(events: readonly Event[], doc: ArticleText, families: Anaphora): Event[] {
  const { tokens, sentences } = doc;
  const out: Event[] = [...events];
  for (let i = 0; i < out.length; i++) {
    const e = out[i];
    if (!e || e.target !== null || e.source === null) continue;
    const family = objectFamily(tokens, sentences[e.sentence], e, families);
    if (!family || (family.responses && !family.responses.has((e.cameo ?? '').slice(0, 2)))) continue;
    const accuser = family === families.accusation ? laterAccuser(out, i) ?? reportedAccuser(out, i, doc.reports) : null;
    if (accuser) { out[i] = { ...e, target: accuser }; continue; }
    for (let j = i - 1; j >= 0; j--) {
      const r = out[j];
      if (!r || e.sentence - r.sentence > WINDOW) break;
      // anaphora.same-trigger: "Freedonia and Sylvania praised the decision": a coordinated subject's other event is
      // the same act, not the one its object refers to.
      if (r.negated || r.trigger.start === e.trigger.start || !family.roots.has((r.cameo ?? '').slice(0, 2))) continue;
      // An act with no named agent can only be claimed: its victim is the claimant's target.
      if (r.source === null) {
        if (e.cameo?.startsWith('015') && r.target && r.target.actor.code !== e.source.actor.code) out[i] = { ...e, target: r.target };
        if (e.cameo?.startsWith('015')) break;
        continue;
      }
      // A claim of responsibility makes the act the claimant's own whoever was named doing it ("troops were
      // attacked; the Red Hand claimed the attack"): its victim is the target, never its named agent.
      const own = (r.source.actor.country !== undefined && r.source.actor.country === e.source.actor.country) || e.cameo?.startsWith('015') === true;
      // anaphora.apology-own-act: one apologises for one's own act; regret over another's act is no apology to it.
      if (!own && e.cameo?.startsWith('055') === true) break;
      const target = own ? r.target : r.source;
      if (target && target.actor.code !== e.source.actor.code) {
        out[i] = { ...e, target };
        // "welcomed the agreement" that two parties made together: each party is a target.
        if (!own) out.splice(i + 1, 0, ...coParties(out, j, e, family.parties === true).map((t) => ({ ...e, target: t })));
      }
      break;
    }
  }
  return out;
}

/** What event anaphora reads of the article besides its events: tokens, sentences and reports of speech. */
export interface ArticleText {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly reports: readonly Report[];
}

/** Roots of hostile acts: a report of one by another actor's side is what that side may deny as an accusation. */
const HOSTILE_ROOTS: ReadonlySet<string> = new Set(['13', '14', '15', '16', '17', '18', '19', '20']);

/**
 * anaphora.reported-accusation: "Osterlich said Sylvanian troops violated the truce. Sylvania denied the accusation":
 * where no accusation was coded, a denial answers the latest report, in an earlier sentence, of a hostile act by the
 * denier's country: its speaker, of another country, is the accuser.
 */
function reportedAccuser(events: readonly Event[], i: number, reports: readonly Report[]): Mention | null {
  const e = events[i];
  const country = e?.source?.actor.country;
  if (!e || !country) return null;
  for (let j = i - 1; j >= 0; j--) {
    const r = events[j];
    if (!r || e.sentence - r.sentence > WINDOW) break;
    if (r.sentence === e.sentence || r.negated || r.source?.actor.country !== country || !HOSTILE_ROOTS.has((r.cameo ?? '').slice(0, 2))) continue;
    const speaker = reports.find((p) => p.sentence === r.sentence)?.speakers[0];
    if (speaker?.actor.country !== undefined && speaker.actor.country !== country) return speaker;
    return null;
  }
  return null;
}

/**
 * anaphora.later-accuser: "Sylvania denied it was behind the attacks, but Osterlich accused Sylvanian forces of
 * them": a denial answers the accusation of the denier's country made in the same sentence, even after it.
 */
function laterAccuser(events: readonly Event[], i: number): NonNullable<Event['source']> | null {
  const e = events[i];
  const country = e?.source?.actor.country;
  if (!e || !country) return null;
  for (let j = i + 1; j < events.length; j++) {
    const r = events[j];
    if (!r || r.sentence !== e.sentence) break;
    if (!r.negated && r.cameo?.startsWith('112') && r.source && r.target?.actor.country === country && r.source.actor.country !== country) return r.source;
  }
  return null;
}

/** The other parties of the act at `j`: its target when it has parties, and the other sources 
 * (a mutual act has one event per party, with one trigger). */
function coParties(events: readonly Event[], j: number, e: Event, parties: boolean): NonNullable<Event['source']>[] {
  const r = events[j];
  if (!r?.source) return [];
  const seen = new Set([r.source.actor.code, e.source?.actor.code]);
  const out: NonNullable<Event['source']>[] = [];
  if (parties && r.target && !seen.has(r.target.actor.code)) { seen.add(r.target.actor.code); out.push(r.target); }
  for (let k = j - 1; k >= 0; k--) {
    const o = events[k];
    if (!o || o.sentence !== r.sentence || o.trigger.start !== r.trigger.start) break;
    if (o.source && !seen.has(o.source.actor.code)) { seen.add(o.source.actor.code); out.push(o.source); }
  }
  return out;
}

function objectFamily(tokens: readonly Token[], s: Sentence | undefined, e: Event, ana: Anaphora): NounFamily | undefined {
  if (!s) return undefined;
  // From the trigger's last token, a few tokens of its object ("denied the accusation", "responsibility for the raids").
  let k = s.tokenStart;
  while (k < s.tokenEnd && (tokens[k]?.start ?? 0) < e.trigger.end) k++;
  let indefinite = false;
  // anaphora.act-pronoun: "called it a provocation" refers to the latest act a decision may be. Only after
  // a verb of characterising (evaluation.ts): after other verbs "it" is as often a thing or an actor.
  if (e.rule.id.startsWith(CHARACTERISED_ACT) && ana.pronouns.has(tokens[k]?.norm ?? '') && !headsNoun(tokens[k + 1])) return ana.decision;
  // anaphora.denied-pronoun: "Moscow denied it": what a denial's pronoun object refers to is the accusation just made.
  if (e.cameo?.startsWith('016') && ana.pronouns.has(tokens[k]?.norm ?? '') && !headsNoun(tokens[k + 1])) return ana.accusation;
  // anaphora.passive-subject: "the attack was claimed by X": in the passive the act is the subject, before "be".
  // Not a progressive ("is sending", "were shelling"): only a participle after "be" is passive.
  const passive = ana.be.has(tokens[k - 2]?.norm ?? '') && !(tokens[k - 1]?.norm ?? '').endsWith('ing');
  // anaphora.received-subject: "the move drew criticism from X": with its source in a from-phrase after the
  // trigger (a received act), the act referred to is the subject.
  let src = k;
  while (e.source !== null && src < s.tokenEnd && (tokens[src]?.start ?? 0) < e.source.start) src++;
  const received = !passive && e.source !== null && e.source.start > e.trigger.end && tokens[src - 1]?.norm === 'from';
  let t0 = k;
  while (t0 > s.tokenStart && (tokens[t0 - 1]?.start ?? 0) >= e.trigger.start) t0--;
  const [from, to] = passive ? [s.tokenStart, k - 2] : received ? [s.tokenStart, t0] : [k, Math.min(s.tokenEnd, k + 6)];
  for (let q = from; q < to; q++) {
    const t = tokens[q];
    // The object ends where a subordinate clause opens ("were sabotage attacks while drone attacks ...").
    if (!t || t.norm === '.' || t.norm === ',' || t.pos === 'SCONJ') break;
    // "struck a deal": an indefinite object is a new act, not one named before.
    if (ana.indefinite.has(t.norm)) indefinite = true;
    // "vowed to veto the bill": a family word read as a verb names the act to come, not one named before (a
    // gerund does: "would stop shelling" is the shelling named before).
    if ((t.pos === 'VERB' && !t.norm.endsWith('ing')) || tokens[q - 1]?.norm === 'to') continue;
    const family = ana.families.find((f) => f.words.has(t.norm));
    // "claimed a suicide bombing at a church": an act claimed under an indefinite noun is told here, not before.
    if (family) return indefinite && (family.definite || e.cameo?.startsWith('015') === true) ? undefined : family;
  }
  return undefined;
}
