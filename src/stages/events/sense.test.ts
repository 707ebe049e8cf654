import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundledDyads } from '../../../testdata/helpers.js';

// sense.withholding, over fictional actors and the bundled verb patterns: "deny" with an actor object and a
// second object withholds the thing ("denied Sylvania access"); with a claim or a clause it denies (016).
const CASES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia denied Sylvania access to the port.', want: [] },
  { text: 'Freedonia is denying the Sylvanian government its main source of revenue.', want: [] },
  { text: "Freedonia denied Sylvania's claims.", want: ['FRD>016>SYL'] },
  { text: 'Freedonia denied Sylvanian accusations.', want: ['FRD>016>SYL'] },
];

for (const c of CASES) {
  test(`sense.withholding: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}

// sense.welcome-visitor and emit.guest-visit: a named person welcomed in person is a visitor hosted (043), and
// a hosted visit is also the guest's visit to the host (042); a welcomed decision, or a country, is praised.
const WELCOMES: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Firefly welcomed Anton Brenner to Fredville.', want: ['FRDGOV>043>OSTGOV', 'OSTGOV>042>FRDGOV'] },
  { text: 'Firefly welcomed Brenner.', want: ['FRDGOV>043>OSTGOV', 'OSTGOV>042>FRDGOV'] },
  { text: 'Freedonia hosted Brenner.', want: ['FRD>043>OSTGOV', 'OSTGOV>042>FRD'] },
  // Only a person received carries the guest's visit; a body or a thing hosted does not.
  { text: 'Freedonia hosted the Sylvanian government.', want: ['FRD>043>SYLGOV'] },
  { text: "Firefly welcomed Brenner's decision.", want: ['FRDGOV>051>OSTGOV'] },
  { text: 'Freedonia welcomed Osterlich.', want: ['FRD>051>OST'] },
];

for (const c of WELCOMES) {
  test(`sense.welcome-visitor: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}

// sense.material-backing: support of an armed party, or support aimed against an enemy, is material backing
// (070), not praise (051); so is the backing given by a country's armed forces; an enemy reached through "against" is no recipient; the public's or the press's
// backing, and a country's backing of its own forces, stay what they are.
const BACKING: readonly { readonly text: string; readonly want: readonly string[] }[] = [
  { text: 'Freedonia began supporting Sylvanian rebels.', want: ['FRD>070>SYLREB'] },
  { text: 'The Sylvanian rebels are backed by Freedonia.', want: ['FRD>070>SYLREB'] },
  { text: 'Freedonia supported the Sylvanian government against the rebellion.', want: ['FRD>070>SYLGOV'] },
  { text: 'Freedonia supported the Sylvanian government.', want: ['FRD>051>SYLGOV'] },
  { text: 'Freedonia supported operations against Sylvanian rebels.', want: [] },
  { text: 'The Freedonian army is backed by Freedonia.', want: ['FRD>051>FRDMIL'] },
  { text: 'The Freedonian rebels are backed by Sylvanian protesters.', want: ['SYLCVL>051>FRDREB'] },
  // A country's armed forces backing a party back it with arms; an armed party no country places is still armed.
  { text: 'Freedonian troops are backing the Sylvanian government.', want: ['FRDMIL>070>SYLGOV'] },
  { text: 'Sylvanian troops are backing the Sylvanian government.', want: ['SYLMIL>051>SYLGOV'] },
  { text: 'Rebels backed by Freedonia attacked Osterlich.', want: ['FRD>070>REB', 'REB>190>OST'] },
];

for (const c of BACKING) {
  test(`sense.material-backing: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}

// Word senses and forms of the bundled patterns, one rule a group: the rule each case checks, the text, and its
// dyads. Each group's comment says the class of language it covers.
const SENSES: readonly { readonly rule: string; readonly text: string; readonly want: readonly string[] }[] = [
  // Phrasal verbs of a verbal onslaught ("ripped into", "laid into") criticise the actor they are aimed at; aimed
  // at no actor ("a shell ripped into the building") they are no event. "Tear into" is left out: "fired tear gas
  // into the crowd" reads as that verb.
  { rule: '111 rip|lay into', text: 'Sylvanian lawmakers ripped into the Freedonian government on Monday.', want: ['SYLLEG>111>FRDGOV'] },
  { rule: '111 rip|lay into', text: 'Firefly ripped into Osterlich in a speech.', want: ['FRDGOV>111>OST'] },
  { rule: '111 rip|lay into', text: 'Freedonia laid into Sylvania over the vote.', want: ['FRD>111>SYL'] },
  { rule: '111 rip|lay into', text: 'A shell ripped into the building in Fredville.', want: [] },
  // sense.armed-passage: armed forces sailing or flying near or through another's territory show force (150); no one else does.
  { rule: 'sense.armed-passage', text: 'Freedonian troops sailed near Sylvania on Monday.', want: ['FRDMIL>150>SYL'] },
  { rule: 'sense.armed-passage', text: 'The Freedonian army flew over Sylvania.', want: ['FRDMIL>150>SYL'] },
  { rule: 'sense.armed-passage', text: 'The Freedonian president flew over Sylvania.', want: [] },
  // "dismiss"/"sack" with a holder of an office as object removes them from it: no rejection of a claim (016).
  { rule: '- dismiss|sack @OFFICEHOLDER', text: 'Firefly dismissed his defence minister amid allegations from Sylvania.', want: [] },
  { rule: '- dismiss|sack @OFFICEHOLDER', text: 'The Freedonian government dismissed the allegations by Sylvania.', want: ['FRDGOV>016>SYL'] },
  // "surround" with a reflexive object is company kept ("surrounded himself with advisers"), no siege.
  { rule: '191 surround (reflexive)', text: 'Freedonian troops surrounded Sylvan City.', want: ['FRDMIL>191>SYLGOV'] },
  { rule: '191 surround (reflexive)', text: 'Firefly surrounded himself with Sylvanian advisers.', want: [] },
  { rule: '191 surround (reflexive)', text: 'Freedonia has surrounded itself with allies.', want: [] },
  // "release" with {direct}: an actor heading the direct object is released (0841); an actor modifying or owning
  // another noun, or in a phrase after the object, is no one released ("released the memo", "a letter to").
  { rule: '0841 release {direct}', text: 'Freedonia released three Sylvanian officials on Monday.', want: ['FRD>0841>SYLGOV'] },
  { rule: '0841 release {direct}', text: 'Freedonia released Anton Brenner on Monday.', want: ['FRD>0841>OSTGOV'] },
  { rule: '0841 release {direct}', text: 'Freedonia released the Sylvanian memo on Monday.', want: [] },
  { rule: '0841 release {direct}', text: "Freedonia released Sylvania's plan.", want: [] },
  { rule: '0841 release {direct}', text: 'Freedonia released a letter to Sylvania.', want: [] },
  // "meet" a requirement or a fate (class REQUIREMENT) is no meeting: "met the criteria", "meeting its commitments".
  { rule: '- meet @REQUIREMENT', text: 'Freedonia met Sylvania on Monday.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: '- meet @REQUIREMENT', text: 'Freedonia and Sylvania were meeting that goal.', want: [] },
  { rule: '- meet @REQUIREMENT', text: 'Sylvania is close to meeting all of its commitments to Osterlich.', want: [] },
  { rule: '- meet @REQUIREMENT', text: 'Freedonia, Sylvania and Osterlich met the criteria.', want: [] },
  // Trading fire is fighting (190), not trade (061); exchanging gunfire too.
  { rule: '190 trade fire', text: 'Freedonia and Sylvania traded fire on Monday.', want: ['FRD>190>SYL', 'SYL>190>FRD'] },
  { rule: '190 trade fire', text: 'Freedonian troops exchanged gunfire with Sylvanian troops.', want: ['FRDMIL>190>SYLMIL'] },
  { rule: '190 trade fire', text: 'Freedonia and Sylvania traded goods on Monday.', want: ['FRD>061>SYL', 'SYL>061>FRD'] },
  // sense.contest: winning a vote, or beating a compatriot with no armed party, is no blow; armed parties still fight.
  { rule: 'sense.contest', text: 'Firefly defeated the Freedonian parliament in the election.', want: [] },
  { rule: 'sense.contest', text: 'The Freedonian government beat the Freedonian opposition party.', want: [] },
  { rule: 'sense.contest', text: 'Freedonian troops defeated the Sylvanian rebels.', want: ['FRDMIL>190>SYLREB'] },
  { rule: 'sense.contest', text: 'Freedonian troops defeated Freedonian rebels before the election.', want: ['FRDMIL>190>FRDREB'] },
  // "beat"/"defeat" an idiom or a thing outdone (BEAT_IDIOM) is no blow: "beat the odds", "beating the drums of war".
  { rule: '- beat|defeat @BEAT_IDIOM', text: 'Freedonian police beat Sylvanian protesters.', want: ['FRD>182>SYLCVL'] },
  { rule: '- beat|defeat @BEAT_IDIOM', text: 'Sylvania beat the odds.', want: [] },
  { rule: '- beat|defeat @BEAT_IDIOM', text: 'Osterlich is beating the drums of war against Sylvania.', want: [] },
  // sense.domestic-attack: a force verb between two sides of political life of one country is criticism (111).
  { rule: 'sense.domestic-attack', text: 'Freedonian lawmakers attacked the Freedonian government on Monday.', want: ['FRDLEG>111>FRDGOV'] },
  { rule: 'sense.domestic-attack', text: 'Freedonian troops attacked the Freedonian rebels on Monday.', want: ['FRDMIL>190>FRDREB'] },
  { rule: 'sense.domestic-attack', text: 'Freedonian lawmakers attacked the Sylvanian government on Monday.', want: ['FRDLEG>190>SYLGOV'] },
  // A ban on another country's actors is a sanction (163); at home it curbs political life (172).
  { rule: 'sense.foreign-ban', text: 'Freedonia banned the Sylvanian airline on Monday.', want: ['FRD>163>SYL'] },
  { rule: 'sense.foreign-ban', text: 'The Freedonian government barred Sylvanian officials from entering the country.', want: ['FRDGOV>163>SYLGOV'] },
  { rule: 'sense.foreign-ban', text: 'The Freedonian government banned Freedonian protesters on Monday.', want: ['FRDGOV>172>FRDCVL'] },
  // "talking points" is a noun, no talk between the parties named around it.
  { rule: '- talk point|points', text: 'Freedonia talked with Sylvania on Monday.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
  { rule: '- talk point|points', text: 'The Freedonian talking points said rebels with ties to Sylvania attacked.', want: [] },
];

for (const c of SENSES) {
  test(`${c.rule}: ${c.text}`, () => {
    assert.deepEqual(bundledDyads(c.text), c.want);
  });
}
