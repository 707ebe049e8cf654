import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** What wink-nlp says about one text: parallel per-token arrays and sentence token ranges. */
export interface WinkReading {
  readonly values: readonly string[];
  readonly normals: readonly string[];
  readonly pos: readonly string[];
  /** Undefined where wink knows no lemma (a reader takes the normal form then, which it may also be). */
  readonly lemmas: readonly (string | undefined)[];
  /** [first token, last token] of each sentence. */
  readonly sentences: readonly (readonly number[])[];
}

/** A wink-nlp tagger whose every reading is a function of its text alone. */
export interface StatelessWink {
  read(text: string): WinkReading;
}

/** The part of wink's core model that grows while reading: the lexeme table. */
interface LexemeTable {
  // A word is out of the table when its entry is undefined: wink reads the table only as `hash[word] === undefined`.
  readonly hash: Record<string, number | undefined>;
  readonly list: string[];
}
/** The packed per-lexeme words of the core model and where each property sits in them. */
interface CoreModel {
  readonly features: { readonly lexeme: LexemeTable };
  readonly lexicon: ArrayLike<number>;
  readonly packing: { readonly size: number; readonly layout: Record<string, readonly number[]> };
}

// Each reading leaves its unseen words behind (a few hundred lexemes per article); past this many
// the instance is rebuilt from the model so a long run's memory stays bounded.
const RECYCLE_AFTER = 300_000;

const PLAIN_WORD = /^[A-Za-z]+$/;

// The model's metaCER loader re-stringifies its own module-level string on every call, so about the
// twentieth wink instance in a process would die building a huge string: read it once per process
// (Dyad never uses it; it is immutable once read).
const readMetaCER = model.metaCER as () => unknown;
let metaCER: unknown;

/**
 * Why this exists: wink-nlp's cache adds every unseen word to the model's lexeme table, and its
 * tokenizer keeps a word whole ("iran's", "u.s.-backed") once the table holds it, which in turn changes
 * tags. So a text's tokens depended on every text read before it. After each reading the words it
 * added are taken out of the lookup table again; their slots stay (wink's private per-word store is
 * indexed by slot and cannot be truncated), and the instance is rebuilt when too many slots piled up.
 */
export function createStatelessWink(): StatelessWink {
  let core: CoreModel | undefined;
  // wink reads its core model through `model.core()`; wrapping it hands us the instance's own table.
  const readCore = model.core as () => CoreModel;
  const capturing = {
    ...model,
    core: (): CoreModel => { core = readCore(); return core; },
    metaCER: (): unknown => (metaCER ??= readMetaCER()),
  };
  // wink's NER, negation and sentiment pipes would cost a third of its time for nothing Dyad uses.
  const load = (): ReturnType<typeof winkNLP> => winkNLP(capturing as typeof model, ['sbd', 'pos']);
  let nlp = load();
  const table = (): LexemeTable => {
    if (!core) throw new Error('wink-nlp did not load its core model through model.core()');
    return core.features.lexeme;
  };
  let baseline = table().list.length;
  const noLemma = lexemesWithoutLemma(core);

  /**
   * Take the words added since slot `from` out of the lookup table, except plain words of letters. Out
   * means undefined, not deleted: wink's two readers of the table (cache.js lookup, getFeaturesIndex) ask
   * only whether the entry is undefined, and deleting keys from this table of 100,000 words made the whole
   * process markedly slower (min of 4 runs over 300 articles: coder 2.08 s deleting, 1.81 s not). A plain
   * word stays: the tokenizer keeps it whole whether the table holds it or not, and its features, tag and
   * lemma are computed from its letters alone, so keeping it changes nothing but saves featurising it again.
   */
  function forget(from: number): void {
    const { hash, list } = table();
    for (let i = from; i < list.length; i++) {
      const word = list[i];
      if (word !== undefined && hash[word] === i && !PLAIN_WORD.test(word)) hash[word] = undefined;
    }
    if (list.length - baseline > RECYCLE_AFTER) {
      nlp = load();
      baseline = table().list.length;
    }
  }

  return {
    read(text: string): WinkReading {
      const from = table().list.length;
      try {
        const its = nlp.its;
        const lemmaOf = its.lemma as unknown as typeof its.value;
        const doc = nlp.readDoc(text);
        const col = doc.tokens();
        const values = col.out(its.value) as string[];
        const normals = col.out(its.normal) as string[];
        const lemmas = col.out(lemmaOf) as (string | undefined)[];
        // A lemma equal to the normal form is what an unknown lemma becomes anyway (segment.ts): only
        // another lemma can be a contraction pointer read as a word, so only then is the word looked up.
        for (let i = 0; i < values.length; i++) {
          const l = lemmas[i];
          if (l !== undefined && l !== normals[i] && noLemma.has(values[i] ?? '')) lemmas[i] = undefined;
        }
        return {
          values,
          normals,
          pos: col.out(its.pos) as string[],
          lemmas,
          sentences: doc.sentences().out(its.span) as unknown as number[][],
        };
      } finally {
        forget(from);
      }
    },
  };
}

/**
 * Words whose packed lemma field holds a pointer into the contraction table, not a lexeme ("cannot",
 * "ain't"): wink reads it as a lexeme slot anyway, which is empty in a fresh instance and some earlier
 * text's word once enough words were added. Their lemma is taken as unknown, as a fresh instance gives.
 */
function lexemesWithoutLemma(core: CoreModel | undefined): ReadonlySet<string> {
  const out = new Set<string>();
  if (!core) return out;
  const { lexicon, packing: { size, layout } } = core;
  const list = core.features.lexeme.list;
  const [lw = 0, lm = 0, ls = 0] = layout['lemma'] ?? [];
  const [sw = 0, sm = 0, ss = 0] = layout['isSLemma'] ?? [];
  const [mw = 0, mm = 0, ms = 0] = layout['isSpellingMapped'] ?? [];
  const n = list.length;
  for (let i = 0; i < n; i++) {
    const m = (((lexicon[mw + i * size] ?? 0) & mm) >>> ms) === 1 ? ((lexicon[lw + i * size] ?? 0) & lm) >>> ls : i;
    if ((((lexicon[sw + m * size] ?? 0) & sm) >>> ss) === 1 && (((lexicon[lw + m * size] ?? 0) & lm) >>> ls) >= n) out.add(list[i] ?? '');
  }
  return out;
}
