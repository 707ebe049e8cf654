import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DictionaryError } from './errors.js';
import { stripComment } from './lines.js';

// The word classes the stages read (closed classes of English grammar and short open lists: verbs of
// saying, doubt words, light verbs). They live in dictionaries/lexicon/*.txt so that a word added there
// gets the behaviour of the others; the names below are the contract between the files and the code.

/** Every lexicon class a stage reads, with the one-line meaning that docs/dictionaries.md repeats. */
export const LEXICON_CLASSES = {
  // places.txt
  PLACE_PREPS: 'prepositions after which a capitalised name is read as a place',
  PLACE_NOUNS: 'words for a place before "of" and a name ("the city of")',
  SITE_NOUNS: 'words for a site in a town: a capital before one (or before a PLACE_NOUNS word) names the town, not its government ("a Damascus suburb")',
  PLACE_ARTICLES: 'articles skipped between the preposition and the name',
  PLACE_DIRECTIONS: 'directions skipped before a name when written in lower case ("northwestern Syria")',
  PLACE_HEADS: 'lower-case heads that end a region\'s name ("peninsula", "gulf")',
  GEO_FEATURE_HEADS: 'capitalised heads of a geographic feature\'s name: a country name before one is part of it, no actor ("the Jordan Valley")',
  PLACE_JOINERS: 'lower-case words and marks that may stand inside a place name ("ez", "-")',
  PLACE_OWNER_MARKS: 'possessive endings after which a name is an owner, not a place',
  // weapons.txt
  WEAPON_AIR: 'words for aircraft and air raids: a use of force is an air strike',
  WEAPON_ARTILLERY: 'words for artillery, missiles and shelling',
  WEAPON_EXPLOSIVE: 'words for bombs, mines and explosions',
  WEAPON_SUICIDE: 'words that make an attack a suicide attack',
  WEAPON_GRENADE: 'words for grenades',
  WEAPON_CHEMICAL: 'words for chemical weapons',
  VICTIM_CIVILIAN: 'words for civilians as the victims of an attack',
  // speech.txt
  SAY_BARE_COMPLEMENT: 'verbs of saying after which a clause may start without "that" ("said Freedonia attacked")',
  SAY_ADDRESSEE: 'verbs of saying whose addressee may stand between them and a bare clause ("told Sylvania he would come")',
  SAY_ALWAYS_SPEECH: 'verbs of saying that are speech whatever follows; other {say} verbs ("add", "note") need "that", a quote or punctuation',
  SPEAKER_ADJUNCTS: 'participles of speech acts that after a comma are the speaker\'s own act: after a report ("said X, accusing Y of") or a verb\'s object ("condemned it, calling on Y to")',
  SPEECH_FRAME_VERBS: 'participles that set the scene of a statement ("X, speaking to reporters, said"): they stay adjuncts',
  SAY_ADMITTING: 'verbs of saying whose report of a hostile act by the speaker\'s own side admits it (015: "acknowledged its forces had shot down")',
  SAY_ANNOUNCING: 'verbs of announcing whose own object is the act announced: a pattern\'s words never lie in a clause they report ("announced it would prohibit aid")',
  SAY_ACCUSING: 'verbs of saying whose report of a hostile act by another is also an accusation of its agent ("claimed that X attacked")',
  // evaluation.txt
  EVAL_CRITICAL: 'words that judge an actor\'s conduct wrong: reported of a subject, the speaker criticises it (111)',
  EVAL_APPROVING: 'words that judge an actor\'s conduct right: reported of a subject, the speaker praises it (051)',
  CHARACTERISE_CRITICAL: 'words that criticise an actor or its act only as what a verb of characterising calls it ("called NATO a threat")',
  CHARACTERISE_VERBS: 'lemmas of verbs that characterise their object ("called X reckless", "described X as"): with an evaluative predicate, a judgement',
  EVAL_PREDICATIVE: 'evaluative words that judge only as a predicate, not before a noun ("illegal immigrants")',
  EVAL_THING_SUBJECTS: 'pronouns that as the subject of an evaluation name a thing or a fact ("it was a mistake"), not an actor',
  BLAME_NOUNS: 'nouns that after "be" and an actor\'s possessive blame that actor ("was likely Sylvania\'s doing")',
  BLAME_PREDICATES: 'words that after a form of "be" put the blame on its subject ("was behind", "is responsible for")',
  BLAME_VERBS: 'verbs of carrying that with a noun of blame put the blame on their subject ("bears responsibility for")',
  BLAME_OBJECTS: 'the nouns of blame a BLAME_VERBS verb carries ("blame", "responsibility")',
  CERTAINTY_NOUNS: 'nouns of doubt after which a negator asserts ("no doubt Sylvania was behind it"), not denies',
  CLAIM_FORMS: 'surface forms of verbs that present a statement as only claimed ("claimed", "alleges")',
  // doubt.txt
  DOUBT: 'words by which a writer voices doubt about a claim or marks it as only reported',
  VERIFY: 'forms of verifying; "could not be verified" is doubt',
  NEGATION_MARKS: 'the negation words before VERIFY forms',
  BACK_DETERMINERS: 'determiners of a phrase that refers back to a report ("these claims")',
  REPORT_NOUNS: 'nouns for a report or claim referred back to ("such reports")',
  // modality.txt
  NEGATORS: 'words that negate a verb group',
  NEGATIVE_DETERMINERS: 'determiners that deny the event noun they stand before ("no attack on")',
  NEGATIVE_PRONOUNS: 'pronouns that deny what they stand for ("did nothing improper" passes no judgement)',
  FUTURE: 'auxiliaries of the future: the act is intended',
  HYPOTHETICAL: 'modals of possibility and obligation: the act is hypothetical',
  COUNTERFACTUAL: 'future auxiliaries that with "have" or an "if" clause after the verb make the act hypothetical ("would have attacked")',
  ABILITY: 'modals of possibility that, negated, assert the act is not done ("cannot accept")',
  PERFECT: 'forms of "have" that after a COUNTERFACTUAL auxiliary make it counterfactual',
  PAST_PERFECT: 'the past of "have" as an auxiliary: outside reported speech the act is background (the pluperfect)',
  INTENT_VERBS: 'verbs whose to-infinitive is an intended act ("plans to attack")',
  THREAT_VERBS: 'verbs whose to-infinitive is a threatened act ("threatened to strike")',
  REFUSAL_VERBS: 'verbs whose to-infinitive is an act not done ("refused to sign")',
  REFUSAL_ADJECTIVES: 'adjectives whose to-infinitive is an act not done ("reluctant to send")',
  WILLING_ADJECTIVES: 'adjectives whose to-infinitive is an intended act ("ready to sign", "set to meet")',
  INTENT_NOUNS: 'nouns whose to-infinitive is an intended act ("a plan to", "a bid to")',
  THREAT_NOUNS: 'nouns whose to-infinitive is a threatened act ("a threat to")',
  REFUSAL_NOUNS: 'nouns whose to-infinitive is an act not done ("its refusal to sign")',
  POSSIBILITY: 'nouns and adjectives whose to-infinitive is only possible ("the authority to strike", "able to attack")',
  SCHEDULE_WORDS: 'words before "to" that put an act on a schedule ("is set to meet"): a meeting so announced is both parties\' plan',
  PROSPECTIVE_MODIFIERS: 'premodifiers of an event noun that look ahead ("the planned meeting"): the act is intended',
  POSSIBLE_MODIFIERS: 'premodifiers of an event noun that may happen ("a possible attack"): the act is hypothetical',
  CONDITIONAL: 'words of condition that make a following act hypothetical',
  BE_FORMS: 'forms of "be" and "get" that with a participle make the passive',
  BE_FINITE: 'finite forms of "be" that before an infinitive schedule the act ("was to meet")',
  PREDICATE_NOUNS: 'abstract nouns that an infinitive after "be" defines ("the goal is to …"), no scheduled act',
  IRREGULAR_PARTICIPLES: 'past participles that do not end in -ed or -en',
  STATIVE_PARTICIPLES: 'participles that are adjectives, active in meaning ("is opposed to")',
  // clauses.txt
  RELATIVE: 'relative pronouns that open a relative clause',
  RELATIVE_THING_PRONOUNS: 'relative pronouns of a thing: a passive relative with a by-phrase on a verb\'s object names the object\'s author, the one acted on ("condemned the steps that were taken by X")',
  SUBORDINATE: 'subordinators that may open a subordinate clause',
  ALWAYS_SUBORDINATE: 'subordinators that always open a subordinate clause',
  NOT_AS_CLAUSE: 'words before "as" that make it no clause opener ("such as", "as well as")',
  AS_INTENSIFIERS: 'adverbs after which "as" still opens a clause ("even as", "just as")',
  ADVERB_RELATIVE: 'relative adverbs: the noun before one ("Riyadh, where he met the king") is no antecedent of its clause\'s subject or object',
  ZERO_RELATIVE_HEADS: 'time nouns that head a relative clause without "that" ("the first time X and Y met")',
  CONDITION: 'subordinators of a condition ("if", "unless")',
  CONDITION_NOUNS: 'nouns of a condition phrase "in (the) NOUN of|that" ("in the event of a strike")',
  ULTIMATUM: 'subordinators of an ultimatum ("unless")',
  REFUSAL_CONDITION: 'subordinators of the condition on a refusal ("until", "unless")',
  CAUSATIVE_VERBS: 'verbs whose object is the subject of a bare infinitive after it ("made Sylvania withdraw"); the act is as asserted as the verb',
  CONTROL_IMPLICATIVE: 'verbs whose object is the subject of a to-infinitive after it, the act done ("prompted Sylvania to withdraw")',
  ELLIPSIS_AUX: 'auxiliaries that stand for the verb phrase before them ("as did Osterlich", "Osterlich did too")',
  CONTROL_PERMISSIVE: 'verbs whose object is the subject of a to-infinitive after it, the act only made possible or expected ("allowed Sylvania to join", "expects Sylvania to leave"): hypothetical',
  // events.txt
  LIGHT_VERBS: 'verbs whose object noun carries the event ("launched an offensive")',
  CATENATIVE_BASE: 'lemmas of verbs whose bare-infinitive complement shares their subject and carries the act ("helped broker")',
  INTENT_LIGHT_VERBS: 'lemmas of verbs whose object event noun is an act only intended ("was plotting an attack on")',
  FLOATING_QUANTIFIERS: 'determiners that float after an auxiliary or subject ("have all issued warnings", "each accused the other"): before a participle, no article; a verb form after them is the verb',
  REMOVAL_VERBS: 'lemmas of verbs of removal whose agentless passive names its agent with "from" ("were expelled from Sylvania")',
  INVITING_VERBS: 'lemmas of verbs of inviting whose agentless passive names its agent, the host, with "to" ("were invited to Moscow")',
  AGENT_ADJECTIVES: 'adjectives that with a copula and "for" make the subject the agent of the event noun after them ("was responsible for the attacks")',
  LIGHT_PARTICLES: 'particles of a light verb before its object noun ("carried out a bombardment of")',
  SERIES_NOUNS: 'nouns of a series before "of" and an event noun ("a torrent of threats"): the light verb before them takes the event noun',
  CATENATIVE_ING: 'lemmas of verbs whose -ing complement shares their subject and carries the act ("began shelling")',
  LOCATIVE_PREPS: 'prepositions of place: an actor after them is where, not whom',
  NOT_SUBJECT_PREPS: 'prepositions whose object is no subject',
  POLL_SHARES: 'shares of a population before "of" ("61 percent of Sylvanians support it"): a poll, whose population is no subject',
  PARTNER_PREPS: 'prepositions that name the partner of a joint act ("signed a deal with"): a third party even for parties acting on each other',
  BYSTANDER_PREPS: 'prepositions whose object stands beside the act (company, comparison, route), never the one acted on',
  PREP_PARTICIPLES: 'participles that work as prepositions ("following", "including")',
  APPROXIMATORS: 'prepositions that approximate a number, not head a phrase ("about 200", "more than 40", "up to 1,000")',
  UP_TO_HEADS: 'words before which "to" approximates a number rather than heads a phrase ("up to 450", "close to a thousand")',
  QUANTITY_WORDS: 'nouns of a round number that an approximator may stand before ("about a dozen", "over hundreds")',
  OWNER_PREPS: 'prepositions that name the owner of a patient ("a camp for refugees")',
  AGENT_PREPS: 'prepositions of the agent of a passive ("by")',
  COORDINATORS: 'conjunctions that join verbs sharing an object ("invaded and took")',
  BACKING: 'participles of backing, in a hyphenated modifier ("Sylvania-backed") or before "by" ("backed by Sylvania")',
  BORDER: 'nouns for a border: a country that only names one is a place',
  DOCUMENTS: 'nouns for documents that may carry a demand ("a statement demanding")',
  UNDERTAKING_NOUNS: 'nouns of an undertaking whose present participle carries the act of the one who undertakes it ("talks discussing", "a program targeting")',
  TIME_WORDS: 'time words that may stand between a participle and its preposition',
  VERBAL_ATTACK: 'lemmas of force verbs that with a reason after their object are criticism ("attacked X for its policy")',
  CONTEST_VERBS: 'verbs of winning that are no blow in a vote or between unarmed compatriots ("defeated Gantz")',
  ELECTION_WORDS: 'words of a vote that make a verb of winning an electoral win ("in the Senate election")',
  WITHHOLDING: 'lemmas of verbs of denial that before an actor and a second object withhold it from the actor ("denied X access"), no denial of a claim',
  PROTEST_EVENTS: 'event nouns of a protest that, as the object of a coercive or violent act (17, 18), stand for its participants ("police dispersed the protest")',
  WELCOMING: 'lemmas of verbs of approval that with a named person as their object host a visitor (043: "welcomed Obama to St. Petersburg"), not praise',
  PASSAGE_VERBS: 'lemmas of verbs of passage whose show of force (150: "warships sailed near Sylvania") only armed forces make',
  SUPPORT_VERBS: 'lemmas of verbs of support that, aimed at an armed party or against an enemy, give material backing (070: "began supporting rebel groups"), not praise',
  BACKED_SECTORS: 'sectors of armed parties whose backing is material, not verbal ("backed by Sylvania" said of rebels)',
  OPINION_SECTORS: 'sectors whose backing is opinion, never material: the public, the press, academia ("backed by millions of protesters")',
  REASON_PREPS: 'prepositions that give the reason for a criticism ("for", "over")',
  POSSESSIVES: 'possessive words after which a verb form is a noun',
  ARTICLES: 'articles and determiners before a gerund noun',
  DEATH_VERBS: 'verbs of dying: with a force noun of an actor in their cause phrase, that actor killed their subject ("died in a Sylvanian airstrike")',
  ANAPHORA_FORCE: 'nouns that refer back to a use of force; after CAUSE_PREPS, the force that caused a passive act',
  RECIPROCALS: 'reciprocal objects, two words each ("each other"): a compound subject acts on each other',
  COMBAT_NOUNS: 'nouns of fighting between two sides, whose "with" party is the other side ("killed in clashes with the rebels")',
  AGENTLESS_CAUSES: 'nouns that as a subject say what did an act, not who ("a roadside bomb killed two soldiers")',
  ADJUNCT_PREPS: 'prepositions of setting before a contact noun ("during a visit to", "in a phone call with"): the contact happened, made by the clause\'s subject',
  ADJUNCT_ANY_PREPS: 'prepositions of setting that take a contact named before ("during the visit"); the other ADJUNCT_PREPS need a new one ("in a call with")',
  GERUND_PREPS: 'prepositions of time after which an -ing form with an object is a gerund, a verb ("after meeting Netanyahu")',
  ADJUNCT_BARE_PREPS: 'prepositions of time after which a contact noun with no determiner happened ("after talks with")',
  CAUSE_PREPS: 'prepositions after a passive of force that open the act causing it ("killed in a Freedonian airstrike")',
  ANAPHORA_ACCUSATION: 'nouns that refer back to an accusation or statement',
  ANAPHORA_DEMAND: 'nouns that refer back to a demand or appeal',
  ANAPHORA_PROTEST: 'nouns that refer back to a formal protest or complaint ("rejected the protest")',
  ANAPHORA_THREAT: 'nouns that refer back to a threat or warning',
  ANAPHORA_OFFER: 'nouns that refer back to an offer or proposal',
  ANAPHORA_SANCTION: 'nouns that refer back to a sanction',
  ANAPHORA_DISPLAY: 'nouns that refer back to a display of force: an exercise, a deployment, a weapons test',
  ANAPHORA_AGREEMENT: 'nouns that refer back to an agreement: its parties made it',
  INDEFINITE_DETERMINERS: 'determiners of a noun that names a new act, not one named before ("a deal")',
  ANAPHORA_DECISION: 'nouns that refer back to a decision or move of any kind: its author made it',
  ADJECTIVE_COMPLEMENT_PREPS: 'prepositions that open the complement of a predicative adjective or participle ("happy and impressed with X")',
  DEFINITE_DETERMINERS: 'determiners of a noun that names an act named before ("the move", "this step")',
  ACT_PRONOUNS: 'pronouns that, as the object of a verb of characterising, name the act just reported ("called it a provocation")',
  // segment.txt
  TITLE_ABBREVIATIONS: 'title abbreviations that never end a sentence and may be split from their period ("Maj.")',
  CONTRACTING: 'words whose "\'s" is "is", "has" or "us", not a possessive ("it\'s", "let\'s")',
  // dates.txt
  WEEKDAYS: 'weekday names in calendar order, Sunday first',
  MONTHS: 'month names in calendar order',
  MONTH_ABBREVIATIONS: 'month abbreviations; each means the month whose name it begins',
  DATE_STARTERS: 'other words that may start a date phrase ("yesterday", "last week")',
  // actors.txt
  ARMED_SECTORS: 'actor-type prefixes of armed parties: fighting them is an armed clash',
  NONSTATE_SECTORS: 'actor-type prefixes of armed parties that are not a state\'s (territory taken or regained)',
  POLITICAL_SECTORS: 'sectors of political life: a force verb between two of one country is a verbal attack ("the senator attacked the president")',
  ORG_REFERENCE_NOUNS: 'nouns that, definite, refer back to the organisation named last ("the organisation said")',
  GROUP_REFERENCE_NOUNS: 'nouns that, definite, refer back to the organisation named last that is no international body ("the group said")',
  PLACED_SECTORS: 'actor-type prefixes of domestic sectors: a member belongs to the country whose capital is named as where it is ("police in Osterburg")',
  FACILITY_NOUNS: 'nouns of facilities that, after a bare noun of an armed sector, stand for the party holding them ("rebel positions")',
  ORG_PREFIXES: 'actor-code prefixes of international and non-state organisations (placed without a country)',
  POSSESSIVE_MARKS: 'tokens of the possessive ending',
  PAIR_WORDS: 'words after "the" that refer to the pair just named ("the two")',
  PAIR_HEADS: 'plural heads of a pair reference ("both countries")',
  STATE_HEADS: 'heads of a definite state description ("the Whispering Republic")',
  COMPOUND_HEADS: 'participles of a hyphenated modifier ("Sylvania-based")',
  NAME_PARTICLES: 'lower-case particles inside a person\'s name, alone or before a hyphen ("Hasan al-Quaety", "bin Salman", "von der Leyen"); surface forms',
  FAMILY_NAME_FIRST: 'family names written first (Korean, Chinese: "Kim Jong Un"), remembered for a later bare surname',
  GOVERNMENT_NOUNS: 'nouns of a whole government, a remembered leader\'s after that leader\'s name ("the Kim regime")',
  DIPLOMATIC_PRESENCE: 'heads of a country\'s presence abroad (embassy, envoy), whose country places no sector actor beside them',
  SUBJECT_PRONOUNS: 'subject pronouns resolved to a recent actor',
  EXPLETIVE_VERBS: 'verbs besides "be" whose dummy subject "it" stands before a clause ("it seems that"): no actor',
  EXPLETIVE_PREDICATES: 'adjectives and participles between a dummy "it" and its clause ("it is likely that", "it was reported that")',
  ORG_HEADS_GOV: 'head words of an organisation name that make it a government body ("Department of Education")',
  ORG_HEADS_JUD: 'head words of an organisation name that make it a court',
  ORG_HEADS_NGO: 'head words of an organisation name that make it a non-governmental body ("Farm Bureau Federation")',
  ORG_HEADS_PTY: 'head words of an organisation name that make it a party',
  ORG_HEADS_REB: 'head words of an organisation name that make it an armed group ("Earth Liberation Front")',
  ORG_HEADS_BUS: 'head words of an organisation name that make it a business',
  THEY_COLLECTIVES: 'nouns singular in form that "they" may refer to ("police said they")',
  OBJECT_PRONOUNS: 'object pronouns resolved to a recent actor outside their own sentence',
  PERSON_PRONOUNS: 'subject and possessive pronouns that refer to a person',
  SIDE_NOUNS: 'nouns that with SIDES_BEFORE/SIDES_AFTER name the sides of a dispute, not political parties ("all parties")',
  SIDES_BEFORE: 'words before a SIDE_NOUNS word that make it the sides of a dispute ("the relevant parties")',
  SIDES_AFTER: 'words after a SIDE_NOUNS word that make it the sides of a dispute ("the parties concerned", "parties to the conflict")',
  MALE_HONORIFICS: 'honorifics and titles before a name that make the person a "he" ("Mr.", "King")',
  FEMALE_HONORIFICS: 'honorifics and titles before a name that make the person a "she" ("Mrs.", "Queen")',
  PRONOUN_OWNER: 'possessive pronouns that own a sector noun ("its troops")',
  COUNTRY_HEADS: 'nouns that after a possessive pronoun mean the owner country ("his country")',
  ADVERBIAL_NOUNS: 'nouns of time that stand as adverbs after a subject ("the army today attacked"): they end a sector noun',
  REPRESENTATIVES: 'words for someone who speaks for a body: "it" right after their verb of saying is that body',
  LOCATED_AGENTS: 'heads of sector nouns that "in" and a country or capital place in that country ("officials in Beijing")',
  TITLE_STATE_HEADS: 'nouns that refer back to the nearest country whose official name holds them ("the kingdom")',
  COUNTERPART: 'nouns for the other member of a pair ("its ally")',
  SKIPPABLE_ADJ: 'adjectives that may stand before a title ("senior", "former")',
  TITLE_SUFFIXES: 'words joined by a hyphen after a title that keep it a title ("Prime Minister-designate")',
  FIRST_PERSON: 'first-person pronouns that inside a quotation mean its speaker ("we", "our")',
  FIRST_PERSON_OWNER: 'first-person possessives that own a sector noun or "country" ("our army")',
  QUOTE_VERBS: 'lemmas of the verbs of saying that tag a quotation with its speaker (\'," Kovac said\')',
  EXEMPLIFIERS: 'words that name members of a collective after it ("governments, including Bolivia and Cuba,"): they act for a countryless collective subject',
  DIRECTION_NAMES: 'compass words that after "the" name a recent country whose name carries them ("the North")',
} as const;

/** The name of a lexicon class. */
export type LexiconClass = keyof typeof LEXICON_CLASSES;

/** Compiled lexicon: one set per class, and where each class is defined. */
export type Lexicon = { readonly [K in LexiconClass]: ReadonlySet<string> } & {
  readonly where: ReadonlyMap<LexiconClass, { readonly file: string; readonly line: number }>;
};

function isClass(name: string): name is LexiconClass {
  return Object.prototype.hasOwnProperty.call(LEXICON_CLASSES, name);
}

/**
 * Load `dir/lexicon/*.txt`: lines `CLASS  word; word; ...`. A class may go on over consecutive lines of
 * one file. Unknown, missing, split or repeated classes and repeated words are errors with file:line.
 */
export function loadLexicon(dir: string): Lexicon {
  const ldir = join(dir, 'lexicon');
  let files: string[];
  try {
    files = readdirSync(ldir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    throw new DictionaryError('DICT040', 'dictionaries/lexicon', 0, 'lexicon folder missing');
  }
  const sets = new Map<LexiconClass, Set<string>>();
  const where = new Map<LexiconClass, { file: string; line: number }>();
  for (const f of files) {
    const file = `dictionaries/lexicon/${f}`;
    let current: LexiconClass | null = null;
    readFileSync(join(ldir, f), 'utf8').split('\n').forEach((raw, n) => {
      const body = stripComment(raw).trim();
      if (!body) { current = null; return; }
      const m = /^([A-Z][A-Z0-9_]*)\s+(.+)$/.exec(body);
      if (!m || !m[1] || !m[2]) throw new DictionaryError('DICT041', file, n + 1, `expected CLASS then words, got "${body}"`);
      const name = m[1];
      if (!isClass(name)) throw new DictionaryError('DICT042', file, n + 1, `unknown lexicon class "${name}"`);
      const seen = where.get(name);
      if (seen && current !== name) throw new DictionaryError('DICT043', file, n + 1, `class ${name} already defined at ${seen.file}:${seen.line}`);
      if (!seen) where.set(name, { file, line: n + 1 });
      current = name;
      const set = sets.get(name) ?? new Set<string>();
      sets.set(name, set);
      for (const w of m[2].split(';').map((s) => s.trim()).filter((s) => s.length > 0)) {
        if (set.has(w)) throw new DictionaryError('DICT044', file, n + 1, `"${w}" is listed twice in ${name}`);
        set.add(w);
      }
    });
  }
  const out: Record<string, unknown> = { where };
  for (const name of Object.keys(LEXICON_CLASSES)) {
    if (!isClass(name)) continue;
    const set = sets.get(name);
    if (!set) throw new DictionaryError('DICT045', 'dictionaries/lexicon', 0, `class ${name} is not defined (${LEXICON_CLASSES[name]})`);
    out[name] = set;
  }
  return out as Lexicon;
}

/** A test for organisation codes placed without a country ("IGOUNO", "NGOXXX"), compiled from ORG_PREFIXES. */
export function orgPrefixTest(lex: Lexicon): (code: string) => boolean {
  const prefixes = [...lex.ORG_PREFIXES];
  return (code) => {
    for (const p of prefixes) if (code.startsWith(p)) return true;
    return false;
  };
}

/** A whole-word, case-insensitive regular expression over the words of one or two classes in sequence. */
export function wordsPattern(first: ReadonlySet<string>, second?: ReadonlySet<string>): RegExp {
  const alt = (s: ReadonlySet<string>): string => [...s].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(second ? `\\b(${alt(first)}) (${alt(second)})\\b` : `\\b(${alt(first)})\\b`, 'i');
}
