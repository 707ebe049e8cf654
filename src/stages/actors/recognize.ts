import type { Doc, Mention, Stage } from '../../model/types.js';
import type { ActorDictionary } from '../../dictionaries/actors.js';
import { orgPrefixTest, type Lexicon } from '../../dictionaries/lexicon.js';
import type { GrammarTable } from '../../dictionaries/grammar.js';
import { scanActors, type RawMatch } from './scan.js';
import { rememberShortForms, fillFromAcronym, fillFromApposition, fillFromContext, fillFromCoordination, titleFromApposition, updatePair, emptyMemory } from './memory.js';
import { fillFromLocation } from './located.js';
import { isCap, type ActorContext, type ActorRules } from './context.js';
import { REFERENCE_RULES, referenceWords } from './reference.js';
import { resolveFirstPerson, type QuoteState } from './quotes.js';
import { COMPOSE_RULES } from './compose.js';
import { headAt } from './head.js';
import { orgHeadSectors, orgShape } from './org-shape.js';
import { nameTokens } from './name-tokens.js';

// The actor recognizer reads each sentence left to right. At a dictionary phrase the composition rules
// (compose.ts) decide what it codes; elsewhere the reference rules (reference.ts) resolve words that
// point back to actors named before. After each sentence the memory rules (memory.ts) fill in countries
// from apposition and context and remember coordinated pairs.

/** Create the actor recognizer: dictionary phrases, title/nationality composition and article memory. */
export function createActorRecognizer(opts: { dictionary: ActorDictionary; lexicon: Lexicon; grammar: GrammarTable }): Stage {
  const { dictionary: dict, lexicon: lex, grammar } = opts;
  const isOrg = orgPrefixTest(lex);
  const refWords = referenceWords(lex);
  const heads = orgHeadSectors(lex);
  const rules: ActorRules = {
    surname: grammar.ref('memory.surname'), pronoun: grammar.ref('memory.pronoun'), objectPronoun: grammar.ref('memory.object-pronoun'), orgShape: grammar.ref('actor.org-shape'), possessivePronoun: grammar.ref('memory.possessive-pronoun'), possessivePerson: grammar.ref('memory.possessive-person'), givenName: grammar.ref('memory.given-name'),
    pair: grammar.ref('memory.pair'), foreignCounterpart: grammar.ref('memory.foreign-counterpart'), definiteState: grammar.ref('memory.definite-state'), sides: grammar.ref('memory.sides'),
    title: grammar.ref('memory.title'), definiteCountry: grammar.ref('memory.definite-country'), owner: grammar.ref('memory.owner'),
    apposition: grammar.ref('memory.apposition'), quoteSpeaker: grammar.ref('memory.quote-speaker'),
    definiteSector: grammar.ref('memory.definite-sector'), located: grammar.ref('memory.located'),
    town: grammar.ref('named.town'), acronym: grammar.ref('actor.acronym'), orgHead: grammar.ref('memory.org-head'), definiteOrg: grammar.ref('memory.definite-org'),
  };

  function run(doc: Doc): Doc {
    const tokens = doc.tokens;
    const abroad = (m: Mention): boolean => lex.DIPLOMATIC_PRESENCE.has(tokens[m.tokenEnd - 1]?.norm ?? '');
    const backer = (m: Mention): boolean => tokens[m.tokenStart - 1]?.norm === 'by' && lex.BACKING.has(tokens[m.tokenStart - 2]?.norm ?? '');
    const says = (k: number): boolean => { const t = tokens[k]; return t !== undefined && t.pos === 'VERB' && lex.QUOTE_VERBS.has(t.lemma); };
    const date = doc.article.publishedAt ?? null;
    const mem = emptyMemory();
    const first = doc.sentences[0];
    if (!first) return { ...doc, mentions: [] };
    const cx: ActorContext = { doc, tokens, dict, lex, isOrg, rules, mem, all: [], s: first, byStart: new Map(), sentence: [], nextId: 0 };
    const quote: QuoteState = { open: false, speaker: null, age: 0 };
    for (const s of doc.sentences) {
      cx.s = s;
      cx.byStart = new Map<number, RawMatch>();
      for (const m of scanActors(tokens, { from: s.tokenStart, to: s.tokenEnd }, dict.trie, date)) cx.byStart.set(m.start, m);
      cx.sentence = [];
      readSentence(cx, { refWords, heads });
      resolveFirstPerson(cx, quote);
      fillFromAcronym(cx.sentence, tokens, cx.all, rules.acronym);
      rememberShortForms(cx.sentence, tokens, mem);
      fillFromApposition(cx.sentence, tokens, cx.all, { mem, isOrg });
      fillFromLocation(cx.sentence, cx.all, { tokens, lex, rule: rules.located, definiteSector: rules.definiteSector.id });
      titleFromApposition(cx.sentence, tokens, cx.all, rules.apposition);
      fillFromCoordination(cx.sentence, tokens, cx.all);
      fillFromContext(cx.sentence, cx.all, { mem, isOrg, speech: { says }, namedRule: rules.orgShape.id, abroad, backer }, s.index);
      updatePair(mem, cx.sentence, tokens);
    }
    const mentions: Mention[] = cx.all;
    return { ...doc, tokens: nameTokens(tokens, mentions), mentions };
  }

  return { name: 'actors', version: '1', run };
}

/** Read one sentence: at each token the first rule that applies codes a mention and says where to go on. */
function readSentence(cx: ActorContext, words: { readonly refWords: ReadonlySet<string>; readonly heads: ReadonlyMap<string, string> }): void {
  const { refWords, heads } = words;
  let p = cx.s.tokenStart;
  while (p < cx.s.tokenEnd) {
    const t = cx.tokens[p];
    if (!t) break;
    const m = cx.byStart.get(p);
    let next = -1;
    // actor.org-shape first where a capitalised name may hold an organisation head ("Kenya Anti-Corruption Commission").
    const named = isCap(t) && (!m || m.entry.kind === 'country' || m.entry.kind === 'adj') ? orgShape(cx, p, heads) : -1;
    if (named >= 0) next = named;
    else if (m) {
      const h = headAt(cx, m);
      // Indexed loops over the rule tables: destructuring each [name, rule] pair ran the iterator protocol per rule and token.
      for (let k = 0; k < COMPOSE_RULES.length; k++) if ((next = COMPOSE_RULES[k]?.[1](cx, h) ?? -1) >= 0) break;
    } else if (refWords.has(t.norm) || isCap(t)) {
      for (let k = 0; k < REFERENCE_RULES.length; k++) if ((next = REFERENCE_RULES[k]?.[1](cx, p) ?? -1) >= 0) break;
    }
    p = next >= 0 ? next : p + 1;
  }
}
