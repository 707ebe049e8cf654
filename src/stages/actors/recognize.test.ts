import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fictionalCoder } from '../../../testdata/helpers.js';

// Each case: text, then the expected mentions as `CODE "text"` in reading order.
const CASES: readonly { text: string; date?: string; want: readonly string[] }[] = [
  { text: 'Freedonia warned Sylvania.', want: ['FRD "Freedonia"', 'SYL "Sylvania"'] },
  // memory.armed-group: "the rebels" is the one armed group outside the state named in the window, whatever word named it.
  { text: 'Red Hand fighters attacked Fredville. The rebels fled.', want: ['IMGRED "Red Hand"', 'FRDGOV "Fredville"', 'IMGRED "rebels"'] },
  // compose.geographic-name: a country's name or adjective before a capitalised feature head is part of a place's name.
  { text: 'Freedonia plans to annex the Sylvania Valley.', want: ['FRD "Freedonia"'] },
  { text: 'Freedonian ships sailed through the Sylvanian Strait past Osterlich.', want: ['FRD "Freedonian"', 'OST "Osterlich"'] },
  { text: 'Freedonian Defense Minister John Q. Smith arrived.', want: ['FRDMIL "Freedonian Defense Minister John Q. Smith"'] },
  { text: 'The president of Osterlich spoke. The Freedonian government listened.', want: ['OSTGOV "president of Osterlich"', 'FRDGOV "Freedonian government"'] },
  { text: 'The chief of Sylvania’s army, Gen. Ann Lee, spoke. Later Lee left.', want: ['SYLMIL "Sylvania’s army"', 'SYLMIL "Gen. Ann Lee"', 'SYLMIL "Lee"'] },
  { text: 'Fredville said no. Ostburg agreed.', want: ['FRDGOV "Fredville"', 'OSTGOV "Ostburg"'] },
  // named.town: a capital before a word for a place or site names the town: its country, not its government.
  { text: 'Shells hit a Fredville suburb and Ostburg airport.', want: ['FRD "Fredville"', 'OST "Ostburg"'] },
  { text: 'The Fredville government said no.', want: ['FRDGOV "Fredville government"'] },
  { text: 'The Palace of Dawn said no.', want: ['FRDGOV "Palace of Dawn"'] },
  { text: 'The Red Hand struck. The red hand of fate is a saying.', want: ['IMGRED "Red Hand"'] },
  { text: 'Freedonia and Sylvania met. The two agreed.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'FRD "The two"', 'SYL "The two"'] },
  // A number in a hyphenated modifier ("the two-day crisis") refers to no pair.
  { text: 'Freedonia and Sylvania met. The two-day crisis ended.', want: ['FRD "Freedonia"', 'SYL "Sylvania"'] },
  // memory.pair: relational plurals ("the neighbours", "the rivals") refer to the pair as "the two" does.
  { text: 'Freedonia and Sylvania met. The neighbours agreed.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'FRD "The neighbours"', 'SYL "The neighbours"'] },
  { text: 'Freedonia and Sylvania clashed. The rivals agreed.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'FRD "The rivals"', 'SYL "The rivals"'] },
  // memory.pair-head: a bare "the ministers" right after a pair (the sentence before or this one), not two sentences on.
  { text: 'Freedonia and Sylvania met. The ministers agreed.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'FRD "The ministers"', 'SYL "The ministers"'] },
  { text: 'Freedonia and Sylvania met. Osterlich spoke. Later the ministers agreed.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'OST "Osterlich"', 'GOV "ministers"'] },
  // memory.pair (this sentence): "A and B" named earlier in the sentence as an object; not as the subject acting on
  // "the two", nor two of a longer list.
  { text: 'Osterlich eyed the row between Freedonia and Sylvania, urging both sides to talk.', want: ['OST "Osterlich"', 'FRD "Freedonia"', 'SYL "Sylvania"', 'FRD "both sides"', 'SYL "both sides"'] },
  { text: 'Freedonia and Sylvania urged the two countries to talk.', want: ['FRD "Freedonia"', 'SYL "Sylvania"'] },
  { text: 'Firefly eyed the row between Freedonia, Sylvania and Osterlich, urging both sides to talk.', date: '1933-05-01', want: ['FRDGOV "Firefly"', 'FRD "Freedonia"', 'SYL "Sylvania"', 'OST "Osterlich"'] },
  { text: 'Osterlich and Sylvania met. The Whispering Republic left, as did the Osterlichian state.', want: ['OST "Osterlich"', 'SYL "Sylvania"', 'OST "The Whispering Republic"', 'OST "Osterlichian"'] },
  { text: 'Freedonia and Sylvania met. Analysts said the Whispering state would gain.', want: ['FRD "Freedonia"', 'SYL "Sylvania"'] },
  { text: 'Sylvania closed its border. Its troops stayed.', want: ['SYL "Sylvania"', 'SYLMIL "Its troops"'] },
  // "its"/"their" prefer the sentence's subject to the nearest actor; a coordinated owner is the one just named.
  { text: 'Freedonia sent envoys to Sylvania and recalled its troops.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'FRDMIL "its troops"'] },
  { text: 'Freedonia attacked Sylvania and its army.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'SYLMIL "its army"'] },
  { text: 'Firefly spoke.', date: '1933-05-01', want: ['FRDGOV "Firefly"'] },
  { text: 'Firefly spoke.', date: '1935-05-01', want: ['SYLGOV "Firefly"'] },
  { text: 'Protesters gathered while troops watched.', want: ['CVL "Protesters"', 'MIL "troops"'] },
  // actor.name-particle: lower-case particles inside a name ("al-", "von der") join it; the name's last word is remembered.
  { text: 'Sylvanian Defense Minister Omar al-Kurtz spoke. Later al-Kurtz left.', want: ['SYLMIL "Sylvanian Defense Minister Omar al-Kurtz"', 'SYLMIL "Kurtz"'] },
  { text: 'Freedonian Defense Minister Ann von der Lee spoke.', want: ['FRDMIL "Freedonian Defense Minister Ann von der Lee"'] },
  { text: 'Sylvanian Defense Minister Omar Kurtz al spoke.', want: ['SYLMIL "Sylvanian Defense Minister Omar Kurtz"'] },
  // actor.acronym: a name whose own reading coded only its head takes the known short form after it in brackets;
  // a placed actor (a dateline's town) keeps its own, and a bracketed common noun only rewords.
  { text: 'The Harmony Labour Office (LOU) spoke.', want: ['IGOLOU "Harmony Labour Office"', 'IGOLOU "LOU"'] },
  { text: 'Fredville (LOU) said no.', want: ['FRDGOV "Fredville"', 'IGOLOU "LOU"'] },
  { text: 'The Harmony Labour Office (officials) spoke.', want: ['GOV "Harmony Labour Office"', 'GOV "officials"'] },
  { text: 'A military parade passed.', want: [] },
  // compose.owner: an organisation's title may take describing words first.
  { text: 'The LOU aid minister spoke.', want: ['IGOLOU "LOU aid minister"'] },
  { text: 'The LOU human rights minister spoke.', want: ['IGOLOU "LOU human rights minister"'] },
  // agent.nonstate-head: a state's armed noun after a non-state armed party's names that party's fighters.
  { text: 'Rebel troops attacked while Sylvanian forces watched.', want: ['SYLREB "Rebel troops"', 'SYLMIL "Sylvanian forces"'] },
  { text: 'Sylvanian troops advanced.', want: ['SYLMIL "Sylvanian troops"'] },
  // agent.in-country: a sector actor in a country (adjectives may stand between) is that country's; in a
  // capital, only a domestic sector (police, rebels, civilians), not troops, which are often abroad.
  // agent.title-name: capitalised words running from a sector noun into a title qualify the title, no name:
  // "Army Reserve General Ann Lee" is one general, not an army named "Reserve".
  { text: 'Army Reserve General Ann Lee spoke.', want: ['MIL "General Ann Lee"'] },
  { text: 'Army General Ann Lee spoke.', want: ['MIL "Army General Ann Lee"'] },
  // memory.apposition: a country in an "of" phrase of the apposition places the person's sector.
  { text: 'General Ann Lee, director of the Sylvanian staff, spoke.', want: ['SYLMIL "General Ann Lee"', 'SYL "Sylvanian"'] },
  // agent.bare: before a facility noun, a bare armed-sector noun names the party holding it; other sector
  // nouns before a noun are modifiers.
  { text: 'Protesters attacked an army post.', want: ['CVL "Protesters"', 'MIL "army post"'] },
  { text: 'Protesters attacked the army bases.', want: ['CVL "Protesters"', 'MIL "army bases"'] },
  { text: 'The protesters camp stayed.', want: [] },
  { text: 'Protesters in Sylvania marched.', want: ['SYLCVL "Protesters in Sylvania"'] },
  { text: 'Freedonian officials said protesters in central Sylvania marched.', want: ['FRDGOV "Freedonian officials"', 'SYLCVL "protesters in central Sylvania"'] },
  { text: 'Freedonian officials said protesters in Ostburg marched.', want: ['FRDGOV "Freedonian officials"', 'OSTCVL "protesters in Ostburg"'] },
  { text: 'Freedonian officials said troops in Ostburg fired.', want: ['FRDGOV "Freedonian officials"', 'MIL "troops"', 'OSTGOV "Ostburg"'] },
  // agent.dispute-sides: "all parties", "the parties concerned", "parties to the conflict" are the sides of a
  // dispute, no political party; a party placed by its country stays one.
  { text: 'Freedonia urged all parties to show restraint.', want: ['FRD "Freedonia"'] },
  { text: 'Freedonia urged the parties concerned to talk.', want: ['FRD "Freedonia"'] },
  { text: 'Sylvanian parties protested.', want: ['SYLPTY "Sylvanian parties"'] },
  // "the X and Y sides": coordinated nationalities with "sides" are the parties.
  { text: 'The Freedonian and Sylvanian sides met.', want: ['FRD "Freedonian and Sylvanian sides"', 'SYL "Freedonian and Sylvanian sides"'] },
  // "X-led troops": the leader's country owns the sector noun.
  { text: 'Freedonian-led troops entered Sylvania.', want: ['FRDMIL "Freedonian-led troops"', 'SYL "Sylvania"'] },
  // compose.coordinated: a capitalised modifier no dictionary lists, coordinated with a nationality, codes nothing.
  { text: 'Yesterday Freedonian and Zembla troops entered Sylvania.', want: ['FRDMIL "Freedonian and Zembla troops"', 'SYL "Sylvania"'] },
  // Not after another nationality ("Bosnian Croat and Moslem forces"): the first names where they live.
  { text: 'Yesterday Osterlichian Freedonian and Zembla troops entered Sylvania.', want: ['OST "Osterlichian"', 'FRD "Freedonian"', 'MIL "troops"', 'SYL "Sylvania"'] },
  { text: 'Yesterday Freedonian-led coalition troops entered Sylvania.', want: ['FRDMIL "Freedonian-led coalition troops"', 'SYL "Sylvania"'] },
  // memory.title: "the President" is the person named last with that bare title; a nationality-qualified
  // title ("Sylvanian President Lee") fills the slot only when no bare one did; "the President of" is not.
  { text: 'Osterlich President Kovac met Sylvania. The President left.', want: ['OSTGOV "Osterlich President Kovac"', 'SYL "Sylvania"', 'OSTGOV "President"'] },
  { text: 'President Firefly spoke. Sylvanian President Lee arrived. The President left.', want: ['FRDGOV "President Firefly"', 'SYLGOV "Sylvanian President Lee"', 'FRDGOV "President"'] },
  // Of two bare-titled people, "the President" is the one whose country the article names most.
  { text: 'Freedonia and Sylvania met. President Firefly spoke. Freedonia agreed. President Brenner listened. The President left.',
    want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'FRDGOV "President Firefly"', 'FRD "Freedonia"', 'OSTGOV "President Brenner"', 'FRDGOV "President"'] },
  { text: 'Sylvanian President Lee arrived. The President of the bank left.', want: ['SYLGOV "Sylvanian President Lee"', 'GOV "President"'] },
  // memory.definite-sector: "the army" is the country that last owned the same phrase, within a few sentences;
  // a title of a person ("the president of Sylvania") is no such phrase.
  { text: 'Sylvania’s army entered Osterlich. Later the army attacked Freedonia.', want: ['SYLMIL "Sylvania’s army"', 'OST "Osterlich"', 'SYLMIL "army"', 'FRD "Freedonia"'] },
  { text: 'Sylvania’s forces massed. Forces attacked. Two forces left.', want: ['SYLMIL "Sylvania’s forces"', 'SYLMIL "Forces"', 'MIL "forces"'] },
  // memory.definite-sector, by head: a one-word phrase ("the troops") is the longer remembered phrase it heads
  // ("peacekeeping troops"), when one country placed every such phrase in the window; not the actor beside it.
  { text: 'Sylvanian peacekeeping troops entered the border town. The troops attacked Osterlich.', want: ['SYLPKO "Sylvanian peacekeeping troops"', 'SYLPKO "troops"', 'OST "Osterlich"'] },
  // As with the phrase itself, the latest placement of one phrase wins.
  { text: 'Sylvanian peacekeeping troops and Freedonian peacekeeping troops met. The troops attacked Osterlich.', want: ['SYLPKO "Sylvanian peacekeeping troops"', 'FRDPKO "Freedonian peacekeeping troops"', 'FRDPKO "troops"', 'OST "Osterlich"'] },
  // Class: a definite sector noun ("the regime", "the militias") written differently from its antecedent is the
  // latest actor of that sector placed by a country in the window, if the window holds that sector for one country only.
  { text: 'Sylvanian officials closed the border. The government said no.', want: ['SYLGOV "Sylvanian officials"', 'SYLGOV "government"'] },
  { text: 'Sylvania’s army crossed. Later the troops attacked Freedonia.', want: ['SYLMIL "Sylvania’s army"', 'SYLMIL "troops"', 'FRD "Freedonia"'] },
  { text: 'Sylvanian officials met Osterlich officials. The government said no.', want: ['SYLGOV "Sylvanian officials"', 'OSTGOV "Osterlich officials"', 'GOV "government"'] },
  // A bare plural ("Troops attacked") does not take it: often new actors of another side.
  { text: 'Sylvania’s army crossed. Troops attacked.', want: ['SYLMIL "Sylvania’s army"', 'MIL "Troops"'] },
  { text: 'The president of Sylvania left. Osterlich and Freedonia met. The president spoke.', want: ['SYLGOV "president of Sylvania"', 'OST "Osterlich"', 'FRD "Freedonia"', 'GOV "president"'] },
  { text: 'Sylvanian Prime Minister-designate Ann Lee arrived.', want: ['SYLGOV "Sylvanian Prime Minister-designate Ann Lee"'] },
  // memory.pronoun: a plural pronoun after a coordinated pair (this sentence or the last) is both of them.
  { text: 'Freedonia and Sylvania met. They agreed.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'FRD "They"', 'SYL "They"'] },
  { text: 'Freedonia and Sylvania said they would meet.', want: ['FRD "Freedonia"', 'SYL "Sylvania"', 'FRD "they"', 'SYL "they"'] },
  // Two named people of different countries closing a sentence are a pair too, for "they" and "the two leaders".
  { text: 'Gen. Ann Lee of Sylvania thanked President Firefly, and they agreed. The two leaders met.', want: ['SYLMIL "Gen. Ann Lee of Sylvania"', 'FRDGOV "President Firefly"', 'SYLMIL "they"', 'FRDGOV "they"', 'SYLMIL "The two leaders"', 'FRDGOV "The two leaders"'] },
  // A capital after the two says where they met; they stay the pair.
  { text: 'President Firefly met Gen. Ann Lee of Sylvania in Ostburg. The two leaders left.', want: ['FRDGOV "President Firefly"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'OSTGOV "Ostburg"', 'FRDGOV "The two leaders"', 'SYLMIL "The two leaders"'] },
  { text: 'President Firefly thanked Gen. Ann Lee of Sylvania. They left.', want: ['FRDGOV "President Firefly"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'FRDGOV "They"', 'SYLMIL "They"'] },
  // memory.pronoun, class "he"/"she" after a passing mention: the subject of the sentence, else of the last sentence, stays in focus.
  { text: 'President Firefly spoke. He thanked Gen. Ann Lee of Sylvania. He left.', want: ['FRDGOV "President Firefly"', 'FRDGOV "He"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'FRDGOV "He"'] },
  { text: 'President Firefly thanked Gen. Ann Lee of Sylvania after he arrived.', want: ['FRDGOV "President Firefly"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'FRDGOV "he"'] },
  { text: 'Freedonia welcomed Gen. Ann Lee of Sylvania. She left.', want: ['FRD "Freedonia"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'SYLMIL "She"'] },
  // memory.government-pair: two governments of different countries are the pair "the two leaders" refers to (not
  // "they"), also earlier in the same sentence, where an apposition names one of them twice.
  { text: 'The Sylvanian president met his Freedonian counterpart. The two leaders agreed.', want: ['SYLGOV "Sylvanian president"', 'FRDGOV "his Freedonian counterpart"', 'SYLGOV "The two leaders"', 'FRDGOV "The two leaders"'] },
  { text: 'The Sylvanian president met his Freedonian counterpart. They agreed.', want: ['SYLGOV "Sylvanian president"', 'FRDGOV "his Freedonian counterpart"'] },
  { text: "Osterlich's president called the Freedonian president, Rufus T. Firefly, and the two leaders agreed.", date: '1933-06-15', want: ['OSTGOV "Osterlich\'s president"', 'FRDGOV "Freedonian president"', 'FRDGOV "Rufus T. Firefly"', 'OSTGOV "the two leaders"', 'FRDGOV "the two leaders"'] },
  // memory.speaker-pronoun: "it"/"they" right after a verb of saying is its subject, a body not yet placed in a
  // country; "it" not for a plural noun.
  { text: 'The army said it had killed ten rebels.', want: ['MIL "army"', 'MIL "it"', 'REB "rebels"'] },
  { text: 'The army said that they had killed ten rebels.', want: ['MIL "army"', 'MIL "they"', 'REB "rebels"'] },
  { text: 'The rebels said it was a trap.', want: ['REB "rebels"'] },
  // memory.they-number: "they" is no thing named by a singular noun (lexicon THEY_COLLECTIVES aside).
  { text: 'Protesters gathered outside the Freedonian embassy. They attacked Sylvania.', want: ['CVL "Protesters"', 'FRDGOV "Freedonian embassy"', 'SYL "Sylvania"'] },
  // memory.where-place: the subject pronoun of a relative adverb's clause is not the place the adverb stands for.
  { text: 'The Freedonian army moved into Sylvania, where it attacked Osterlich.', want: ['FRDMIL "Freedonian army"', 'SYL "Sylvania"', 'OST "Osterlich"'] },
  { text: 'The Freedonian army moved into Sylvania. There it attacked Osterlich.', want: ['FRDMIL "Freedonian army"', 'SYL "Sylvania"', 'SYL "it"', 'OST "Osterlich"'] },
  // Gender agrees: a person "he" already meant is no antecedent of "she"; the latest person who agrees is.
  { text: 'President Firefly met Gen. Ann Lee of Sylvania, and he thanked her. She left.', want: ['FRDGOV "President Firefly"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'FRDGOV "he"', 'SYLMIL "her"', 'SYLMIL "She"'] },
  // actor.org-shape: capitalised words around an organisation head name a body no dictionary lists; its sector
  // comes from the head, its country from a nationality inside; a listed name or a run without a head is none.
  { text: 'The Freedonian Union of Teachers left.', want: ['FRDNGO "Freedonian Union of Teachers"'] },
  { text: 'The Department of Harmony spoke.', want: ['GOV "Department of Harmony"'] },
  { text: 'The Green Dawn Front attacked Sylvania.', want: ['REB "Green Dawn Front"', 'SYL "Sylvania"'] },
  { text: 'The League of Unity met.', want: ['IGOLOU "League of Unity"'] },
  // An agent right before the head says what body it is: an army's bureau is military.
  { text: 'The Freedonian Army Bureau spoke.', want: ['FRDMIL "Freedonian Army Bureau"'] },
  { text: 'Green Dawn attacked Sylvania.', want: ['SYL "Sylvania"'] },
  // A sector noun before a past form with an object is that verb's subject, however wink tags it ("Rebels abducted/NOUN 30").
  { text: 'Rebels abducted 30 civilians in Sylvania.', want: ['SYLREB "Rebels"', 'SYLCVL "civilians in Sylvania"'] },
  // memory.titled-person: a title of one person in subject position is what "he"/"she" later in its sentence means; not
  // in a later sentence, where a named person may be meant.
  { text: 'The Sylvanian president said he would visit Freedonia.', want: ['SYLGOV "Sylvanian president"', 'SYLGOV "he"', 'FRD "Freedonia"'] },
  { text: 'The Sylvanian president spoke. He visited Freedonia.', want: ['SYLGOV "Sylvanian president"', 'FRD "Freedonia"'] },
  // memory.object-pronoun: an object pronoun is a recent person ("him", "her") or placed plural actor
  // ("them"), never its own clause's subject, and not past a word it could mean instead.
  { text: 'Gen. Ann Lee of Sylvania visited Osterlich. President Firefly welcomed her.', want: ['SYLMIL "Gen. Ann Lee of Sylvania"', 'OST "Osterlich"', 'FRDGOV "President Firefly"', 'SYLMIL "her"'] },
  { text: 'President Firefly spoke. President Firefly praised him.', want: ['FRDGOV "President Firefly"', 'FRDGOV "President Firefly"'] },
  { text: 'Sylvanian troops entered Osterlich. Freedonia condemned them.', want: ['SYLMIL "Sylvanian troops"', 'OST "Osterlich"', 'FRD "Freedonia"', 'SYLMIL "them"'] },
  { text: 'Sylvanian troops fired rockets. Freedonia condemned them.', want: ['SYLMIL "Sylvanian troops"', 'FRD "Freedonia"'] },
  // A verb of saying before a new subject ends the speaker's clause: the speaker is what the reported clause's object pronoun means.
  { text: 'Sylvanian troops said Freedonia had attacked them.', want: ['SYLMIL "Sylvanian troops"', 'FRD "Freedonia"', 'SYLMIL "them"'] },
  // A plural head before the actor's from/of phrase ("monitors from the League") makes it a plural antecedent.
  { text: 'Monitors from the League of Unity said Sylvanian troops had attacked them.', want: ['IGOLOU "League of Unity"', 'SYLMIL "Sylvanian troops"', 'IGOLOU "them"'] },
  { text: 'Sylvanian troops of the League of Unity entered Osterlich, and Freedonia condemned them.', want: ['SYLMIL "Sylvanian troops"', 'IGOLOU "League of Unity"', 'OST "Osterlich"', 'FRD "Freedonia"', 'SYLMIL "them"'] },
  { text: 'The League of Unity said Sylvanian troops had attacked them.', want: ['IGOLOU "League of Unity"', 'SYLMIL "Sylvanian troops"'] },
  { text: 'President Firefly said Sylvania insulted him.', want: ['FRDGOV "President Firefly"', 'SYL "Sylvania"', 'FRDGOV "him"'] },
  { text: 'Gen. Ann Lee of Sylvania is innocent until the Freedonian army charged her.', want: ['SYLMIL "Gen. Ann Lee of Sylvania"', 'FRDMIL "Freedonian army"', 'SYLMIL "her"'] },
  { text: 'Gen. Ann Lee of Sylvania and the Freedonian army charged her.', want: ['SYLMIL "Gen. Ann Lee of Sylvania"', 'FRDMIL "Freedonian army"'] },
  { text: 'Sylvanian troops said Freedonia fired rockets and destroyed them.', want: ['SYLMIL "Sylvanian troops"', 'FRD "Freedonia"'] },
  { text: 'Sylvanian troops entered Osterlich. Freedonia condemned many of them.', want: ['SYLMIL "Sylvanian troops"', 'OST "Osterlich"', 'FRD "Freedonia"'] },
  // A title of one person in the pronoun's own sentence is a person too; not one that is a predicate or an office sought.
  { text: 'Freedonia expelled the Sylvanian president and accused him of spying.', want: ['FRD "Freedonia"', 'SYLGOV "Sylvanian president"', 'SYLGOV "him"'] },
  { text: 'Osterlich was the first Sylvanian president to visit Freedonia, and Freedonia thanked him.', want: ['OST "Osterlich"', 'SYLGOV "Sylvanian president"', 'FRD "Freedonia"', 'FRD "Freedonia"'] },
  // agent.of-countries: a plural office "of" two countries is each one's; a singular one is the first's only.
  { text: 'The ministers of Freedonia and Sylvania met.', want: ['FRDGOV "ministers of Freedonia"', 'SYLGOV "Sylvania"'] },
  { text: 'The president of Freedonia and Sylvania met.', want: ['FRDGOV "president of Freedonia"', 'SYL "Sylvania"'] },
  // memory.foreign-counterpart: a pair word after a possessive and a nationality is that nation's member of the pair; a
  // counterpart holds the owner's office, an ally is the nation.
  { text: 'The Freedonian president met his Sylvanian counterpart.', want: ['FRDGOV "Freedonian president"', 'SYLGOV "his Sylvanian counterpart"'] },
  { text: 'Freedonia and its Sylvanian ally condemned Osterlich.', want: ['FRD "Freedonia"', 'SYL "its Sylvanian ally"', 'OST "Osterlich"'] },
  // The object of a first verb is no clause-mate of a verb coordinated after it: "met X in Y and asked him" is X.
  { text: 'President Firefly met Gen. Ann Lee of Sylvania in Fredville and asked her for help.', want: ['FRDGOV "President Firefly"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'FRDGOV "Fredville"', 'SYLMIL "her"'] },
  { text: 'President Firefly criticised Gen. Ann Lee of Sylvania and then praised her.', want: ['FRDGOV "President Firefly"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'SYLMIL "her"'] },
  { text: 'Gen. Ann Lee of Sylvania met Osterlich. Osterlich hailed her army.', want: ['SYLMIL "Gen. Ann Lee of Sylvania"', 'OST "Osterlich"', 'OST "Osterlich"', 'SYLMIL "her army"'] },
  // memory.surname before a sector noun: the person's body of that sector ("the Kim regime").
  { text: 'Sylvanian President Moon Ha Neul arrived. The Moon government protested.', want: ['SYLGOV "Sylvanian President Moon Ha Neul"', 'SYLGOV "Moon government"'] },
  // context.foreign-legislature: a legislature takes no country the sentence names after it only as a whole state.
  { text: 'The parliament voted to condemn Sylvania.', want: ['LEG "parliament"', 'SYL "Sylvania"'] },
  { text: 'Lawmakers criticized the Sylvanian government.', want: ['SYLLEG "Lawmakers"', 'SYLGOV "Sylvanian government"'] },
  // memory.surname: a family name written first (FAMILY_NAME_FIRST) is remembered too: a later "Moon" is the person.
  { text: 'Sylvanian President Moon Ha Neul arrived. Freedonia welcomed Moon.', want: ['SYLGOV "Sylvanian President Moon Ha Neul"', 'FRD "Freedonia"', 'SYLGOV "Moon"'] },
  // Another first word is no surname, but still the one person of that first name (memory.given-name).
  { text: 'Sylvanian President Jon Ha Neul arrived. Freedonia welcomed Jon.', want: ['SYLGOV "Sylvanian President Jon Ha Neul"', 'FRD "Freedonia"', 'SYLGOV "Jon"'] },
  // An honorific before a name ("Mr.", "Mrs.", "Queen") gives the person's pronoun too.
  { text: 'Mr. Firefly met Gen. Ann Lee of Sylvania. She left.', date: '1933-05-01', want: ['FRDGOV "Firefly"', 'SYLMIL "Gen. Ann Lee of Sylvania"', 'SYLMIL "She"'] },
  // Class: "they" agrees in number: a recent plural actor ("Sylvanian troops") before a later singular one ("Osterlich").
  { text: 'Sylvanian troops entered Osterlich, and they attacked.', want: ['SYLMIL "Sylvanian troops"', 'OST "Osterlich"', 'SYLMIL "they"'] },
  { text: 'Sylvanian troops entered Osterlich. They attacked.', want: ['SYLMIL "Sylvanian troops"', 'OST "Osterlich"', 'SYLMIL "They"'] },
  // memory.definite-country: the nearest country before it, else the last sentence's subject; "the North".
  { text: 'Osterlich spoke. The country’s army attacked Sylvania.', want: ['OST "Osterlich"', 'OSTMIL "The country’s army"', 'SYL "Sylvania"'] },
  { text: 'Osterlich urged Sylvania to defend the country.', want: ['OST "Osterlich"', 'SYL "Sylvania"', 'SYL "the country"'] },
  { text: 'North Klopstokia fired. Osterlich condemned the North.', want: ['KLP "North Klopstokia"', 'OST "Osterlich"', 'KLP "the North"'] },
  { text: 'North Klopstokia fired. The North Sea is cold.', want: ['KLP "North Klopstokia"'] },
  // memory.pronoun (represented body): "it" right after a spokesman's verb of saying is the body spoken for.
  { text: 'Sylvania protested. A Freedonian government spokesman said it would respond.', want: ['SYL "Sylvania"', 'FRDGOV "Freedonian government"', 'FRDGOV "it"'] },
  // memory.expletive-it: the dummy "it" of "be"/"seem" + a judgement or report before a clause names no one;
  // "it" that is ready to act, concerned, or appears to act keeps its antecedent.
  { text: 'Sylvania protested. Firefly said it was likely Brenner ordered the attack.', date: '1933-05-01', want: ['SYL "Sylvania"', 'FRDGOV "Firefly"', 'OSTGOV "Brenner"'] },
  { text: 'Sylvania protested. It is clear that Osterlich attacked.', want: ['SYL "Sylvania"', 'OST "Osterlich"'] },
  { text: 'Sylvania protested. It seems Osterlich attacked.', want: ['SYL "Sylvania"', 'OST "Osterlich"'] },
  { text: 'Sylvania protested. It was reported that Osterlich attacked.', want: ['SYL "Sylvania"', 'OST "Osterlich"'] },
  { text: 'Sylvania protested. It is ready to talk to Osterlich.', want: ['SYL "Sylvania"', 'SYL "It"', 'OST "Osterlich"'] },
  { text: 'Sylvania protested. It appears to be preparing an attack.', want: ['SYL "Sylvania"', 'SYL "It"'] },
  { text: 'Osterlich said it was concerned that Sylvania may attack.', want: ['OST "Osterlich"', 'OST "it"', 'SYL "Sylvania"'] },
  // memory.shared-nationality: a countryless sector actor right after "and", with no determiner of its own, shares
  // the nationality of the sector actor before it; not after a named person, nor with a determiner of its own.
  { text: 'Osterlich met the Sylvanian president and ministers.', want: ['OST "Osterlich"', 'SYLGOV "Sylvanian president"', 'SYLGOV "ministers"'] },
  { text: 'Osterlich said Freedonian troops and protesters attacked Sylvania.', want: ['OST "Osterlich"', 'FRDMIL "Freedonian troops"', 'FRDCVL "protesters"', 'SYL "Sylvania"'] },
  { text: 'Osterlich said Freedonian troops and the protesters attacked Sylvania.', want: ['OST "Osterlich"', 'FRDMIL "Freedonian troops"', 'CVL "protesters"', 'SYL "Sylvania"'] },
  // agent.bare: a day after a sector noun is an adverb ("the army today attacked", "the army Monday attacked"), no compound's head or name.
  { text: 'The Freedonian army today attacked Sylvania.', want: ['FRDMIL "Freedonian army"', 'SYL "Sylvania"'] },
  { text: 'The army Monday attacked Sylvania.', want: ['SYLMIL "army"', 'SYL "Sylvania"'] },
  // context.abroad: a country's embassy or envoy places no countryless sector actor beside it; its government would.
  { text: 'Protesters gathered outside the Freedonian embassy.', want: ['CVL "Protesters"', 'FRDGOV "Freedonian embassy"'] },
  { text: 'The envoy at the Freedonian embassy left.', want: ['FRDGOV "envoy"', 'FRDGOV "Freedonian embassy"'] },
  { text: 'Protesters gathered outside the Freedonian parliament.', want: ['FRDCVL "Protesters"', 'FRDLEG "Freedonian parliament"'] },
  // context.backer: a patron named after "backed by" places no countryless sector actor beside it.
  { text: 'Rebels backed by Sylvania gathered.', want: ['REB "Rebels"', 'SYL "Sylvania"'] },
  { text: 'Rebels near Sylvania gathered.', want: ['SYLREB "Rebels"', 'SYL "Sylvania"'] },
  // memory.possessive-person: "his"/"her" before a relational noun in an object or phrase is the person, a modifier;
  // not as a subject ("his father refused"), nor before a person named after the phrase ("After his summit with X, Y said").
  { text: 'Firefly landed in Fredville. He praised his talks with Brenner.', want: ['FRDGOV "Firefly"', 'FRDGOV "Fredville"', 'FRDGOV "He"', 'FRDGOV "his"', 'OSTGOV "Brenner"'] },
  { text: 'Firefly landed in Fredville. His father refused to criticise Sylvania.', want: ['FRDGOV "Firefly"', 'FRDGOV "Fredville"', 'SYL "Sylvania"'] },
  { text: 'Brenner spoke. After his summit with Sylvania, Firefly said talks went well.', want: ['OSTGOV "Brenner"', 'SYL "Sylvania"', 'FRDGOV "Firefly"'] },
  // memory.given-name: a capitalised word alone that is the first name of exactly one person named before is that person.
  { text: 'Anton Brenner met Firefly. Later Firefly thanked Anton for his help.', want: ['OSTGOV "Anton Brenner"', 'FRDGOV "Firefly"', 'FRDGOV "Firefly"', 'OSTGOV "Anton"'] },
  { text: 'Anton Brenner met Gen. Anton Lee of Sylvania. Later Firefly thanked Anton.', want: ['OSTGOV "Anton Brenner"', 'SYLMIL "Gen. Anton Lee of Sylvania"', 'FRDGOV "Firefly"'] },
  // context.news-outlet: a news organisation named by its name places nothing; state media of a country's adjective do.
  { text: 'Protesters gathered in the main square, the Sylvan Wire reported.', want: ['CVL "Protesters"', 'SYLMED "Sylvan Wire"'] },
  { text: 'Protesters gathered in the main square, Sylvanian state television reported.', want: ['SYLCVL "Protesters"', 'SYLMED "Sylvanian state television"'] },
  // memory.located: a countryless state body or group followed by "in" and a country or capital is of that country.
  { text: 'Officials in Fredville condemned Sylvania.', want: ['FRDGOV "Officials"', 'FRDGOV "Fredville"', 'SYL "Sylvania"'] },
  { text: 'Freedonia condemned the government in Sylvan City.', want: ['FRD "Freedonia"', 'SYLGOV "government"', 'SYLGOV "Sylvan City"'] },
  { text: 'Officials in Fredville province condemned Sylvania.', want: ['GOV "Officials"', 'FRD "Fredville"', 'SYL "Sylvania"'] },
  // memory.definite-country (titled): "the republic" is the nearest country whose official name holds the word.
  { text: 'Sylvania attacked Osterlich. The republic protested.', want: ['SYL "Sylvania"', 'OST "Osterlich"', 'OST "The republic"'] },
  { text: 'Osterlich attacked Sylvania. The republic protested.', want: ['OST "Osterlich"', 'SYL "Sylvania"', 'OST "The republic"'] },
  { text: 'Sylvania attacked Freedonia. The kingdom protested.', want: ['SYL "Sylvania"', 'FRD "Freedonia"'] },
  // memory.owner: a person's possessive before a sector noun lends the person's country.
  { text: 'Sylvania’s President Kovac spoke. Kovac’s army attacked.', want: ['SYLGOV "Sylvania’s President Kovac"', 'SYLMIL "Kovac’s army"'] },
  // memory.apposition: a countryless title in apposition right after a placed person is that person.
  // memory.quote-speaker: first person inside a quotation is the speaker tagged before or after it, over
  // the quotation's sentences; outside a quotation it is nobody.
  { text: '“We will attack Osterlich,” said Gen. Ann Lee of Sylvania.', want: ['SYLMIL "We"', 'OST "Osterlich"', 'SYLMIL "Gen. Ann Lee of Sylvania"'] },
  { text: 'Osterlich said: "Our army is ready. We will win." We agree.', want: ['OST "Osterlich"', 'OSTMIL "Our army"', 'OST "We"'] },
  // After a colon the tag may hold an adjunct between the speaker and the quotation.
  { text: 'Osterlich said in a speech on Monday: "We will win."', want: ['OST "Osterlich"', 'OST "We"'] },
  { text: 'Osterlich said in a very long and rambling speech to the assembled crowd on Monday: "We will win."', want: ['OST "Osterlich"'] },
  { text: 'We like Osterlich.', want: ['OST "Osterlich"'] },
  { text: 'Gen. Ann Lee of Sylvania, the acting Defense Minister, spoke.', want: ['SYLMIL "Gen. Ann Lee of Sylvania"', 'SYLMIL "Defense Minister"'] },
];

for (const c of CASES) {
  test(`actors: ${c.text}`, () => {
    const doc = fictionalCoder().code({ id: 't', text: c.text, publishedAt: c.date ?? '1933-06-15' });
    assert.deepEqual(doc.mentions.map((m) => `${m.actor.code} "${m.text}"`), c.want);
  });
}

test('actors: every mention points back to a dictionary line or a grammar rule line', () => {
  const doc = fictionalCoder().code({ id: 't', text: 'Freedonia and Sylvania met. The two agreed. Its army left.', publishedAt: '1933-06-15' });
  for (const m of doc.mentions) {
    assert.match(`${m.rule.file}:${m.rule.line}`, /^(dictionaries\/actors\/\w+\.txt|dictionaries\/grammar\/actors\.txt):[1-9]\d*$/);
  }
  assert.ok(doc.mentions.some((m) => m.rule.file === 'dictionaries/grammar/actors.txt' && m.rule.id === 'memory.pair'));
});
