import { join } from 'node:path';
import type { Doc } from '../src/model/types.js';
import { loadLexicon, orgPrefixTest, type Lexicon } from '../src/dictionaries/lexicon.js';
import { loadVerbDictionary, type VerbDictionary } from '../src/dictionaries/verbs.js';
import { loadCameo } from '../src/dictionaries/cameo.js';
import { loadGrammar } from '../src/dictionaries/grammar.js';
import { defaultDictionaryDir, packageRoot } from '../src/paths.js';
import { eventGrammar, sentenceContext, type SentenceContext } from '../src/stages/events/context.js';
import { sayVerbAt } from '../src/stages/events/events.js';
import { matchPatterns, type PatternHit } from '../src/stages/events/match.js';
import { inComplementOrInfinitive } from '../src/stages/events/sides.js';
import { actor, mention, occurrence, segmented, withMentions } from './docs.js';

// One sentence's SentenceContext over fictional text and hand-built mentions, for the tests of the
// event rules (clauses, sides, match, hits) that read it.

let cached: { lex: Lexicon; verbs: VerbDictionary } | null = null;

/** The bundled lexicon and the fictional test verbs, loaded once. */
export function resources(): { lex: Lexicon; verbs: VerbDictionary } {
  cached ??= { lex: loadLexicon(defaultDictionaryDir()), verbs: loadVerbDictionary(join(packageRoot(), 'testdata', 'fixtures', 'dictionaries'), loadCameo(defaultDictionaryDir())) };
  return cached;
}

/** The context of the first sentence of `text`, with mentions given as [words, country, sector?] (those not in the text as whole tokens are left out). */
export function contextOf(text: string, mentions: readonly (readonly [string, string, string?])[] = []): { ctx: SentenceContext; doc: Doc } {
  const { lex, verbs } = resources();
  const base = segmented(text);
  const doc = withMentions(base, mentions.filter(([w]) => occurrence(base, w) >= 0).map(([w, c, s], k) => mention(base, w, actor(c, s), { id: k })));
  const s = doc.sentences[0];
  if (!s) throw new Error('no sentence');
  const grammar = loadGrammar(defaultDictionaryDir(), 'events');
  const ctx = sentenceContext({ tokens: doc.tokens, s, mentions: doc.mentions, isSay: (i) => sayVerbAt(doc.tokens, i, verbs) }, { lex, isOrg: orgPrefixTest(lex), rules: eventGrammar(grammar) });
  return { ctx, doc };
}

/** Token index of the first token written `word` in the context's sentence. */
export function tokenOf(ctx: SentenceContext, word: string): number {
  for (let i = ctx.from; i < ctx.to; i++) if (ctx.tokens[i]?.text === word) return i;
  throw new Error(`no token "${word}"`);
}

/** The pattern hit at the first token written `word`, or null. */
export function hitAt(ctx: SentenceContext, word: string): PatternHit | null {
  const i = tokenOf(ctx, word);
  const c = ctx.clauseOf(i);
  return matchPatterns({ tokens: ctx.tokens, to: ctx.to, verbs: resources().verbs, lex: ctx.lex }, i, (j) => ctx.clauseOf(j) === c || inComplementOrInfinitive(ctx.cm, ctx.clauseOf(j), c));
}
