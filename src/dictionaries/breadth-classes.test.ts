import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Coder } from '../pipeline/coder.js';
import { bundledVerbsCoder, notStatement } from '../../testdata/helpers.js';

interface Case { readonly text: string; readonly want: readonly string[] }

/** Events as `SOURCE>CODE>TARGET` (`-` for a missing side), negated ones left out. */
function coded(coder: Coder, text: string): string[] {
  const doc = coder.code({ id: 'x', text, publishedAt: '1933-06-01' });
  return doc.events.filter((e) => !e.negated && notStatement(e)).map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo ?? '-'}>${e.target?.actor.code ?? '-'}`);
}

/** Every wanted event is among those coded; an empty `want` means nothing is coded at all. */
function check(coder: Coder, cases: readonly Case[]): void {
  for (const c of cases) {
    const got = coded(coder, c.text);
    if (c.want.length === 0) assert.deepEqual(got, [], c.text);
    for (const w of c.want) assert.ok(got.includes(w), `${c.text} → ${got.join(', ') || 'nothing'} (want ${w})`);
  }
}

const coder = bundledVerbsCoder();

test('breadth classes: contact and shared occasions are consultation (040), negotiating an agreement is 046', () => {
  check(coder, [
    { text: 'Freedonia is in contact with Sylvania.', want: ['FRD>040>SYL', 'SYL>040>FRD'] },
    { text: 'The Freedonian president remained in touch with the Sylvanian president.', want: ['FRDGOV>040>SYLGOV'] },
    { text: 'The Freedonian president shook hands with the Sylvanian president.', want: ['FRDGOV>040>SYLGOV', 'SYLGOV>040>FRDGOV'] },
    { text: 'Freedonia and Sylvania negotiated a ceasefire.', want: ['FRD>046>SYL', 'SYL>046>FRD'] },
    { text: 'Freedonia negotiated a trade agreement with Sylvania.', want: ['FRD>046>SYL'] },
    // The noun without "with" and a party is no contact.
    { text: 'Freedonian officials lost contact with the plane.', want: [] },
  ]);
});

test('breadth classes: support shown, thanks and approval aimed at a party are 051', () => {
  check(coder, [
    { text: 'Freedonia reaffirmed its support for Sylvania.', want: ['FRD>051>SYL'] },
    { text: 'Freedonia showed support for Sylvania.', want: ['FRD>051>SYL'] },
    { text: 'The Freedonian president expressed his gratitude to Sylvania.', want: ['FRDGOV>051>SYL'] },
    { text: 'The Freedonian president was pleased with Sylvania.', want: ['FRDGOV>051>SYL'] },
    { text: 'The Freedonian president was grateful to Sylvania.', want: ['FRDGOV>051>SYL'] },
    { text: 'Freedonia stands with Sylvania.', want: ['FRD>051>SYL'] },
    // Admiration voiced or held for a party (class ADMIRATION); denied, it is none.
    { text: 'The Freedonian president has repeatedly expressed admiration for Anton Brenner.', want: ['FRDGOV>051>OSTGOV'] },
    { text: 'Freedonia has no admiration for Sylvania.', want: [] },
    // Happiness with no party after it is no praise.
    { text: 'The Freedonian president was happy to announce the result.', want: [] },
  ]);
});

test('breadth classes: anger at a party is 110, being critical of it and verbal rebukes are 111', () => {
  check(coder, [
    { text: 'The Freedonian president was furious with Sylvania.', want: ['FRDGOV>110>SYL'] },
    { text: 'Freedonia is angry at Sylvania.', want: ['FRD>110>SYL'] },
    { text: 'Freedonia was sharply critical of Sylvania.', want: ['FRD>111>SYL'] },
    { text: 'The Freedonian rebuke of Sylvania was sharp.', want: ['FRD>111>SYL'] },
    { text: 'The Freedonian president railed at Sylvania.', want: ['FRDGOV>111>SYL'] },
    // Anger with no party named is no event.
    { text: 'Freedonians are angry.', want: [] },
  ]);
});

test('breadth classes: boycotting an occasion is 143, crowds filling the streets 141', () => {
  check(coder, [
    { text: 'Freedonian lawmakers boycotted the speech of the Sylvanian president.', want: ['FRDLEG>143>SYLGOV'] },
    { text: 'Sylvanian protesters flooded the streets of Sylvan City.', want: ['SYLCVL>141>-'] },
    // A boycott of goods stays an embargo (163).
    { text: 'Sylvanian protesters boycotted Freedonian goods.', want: ['SYLCVL>163>FRD'] },
  ]);
});

test('breadth classes: sanctions levelled at a party, ships sunk, executions', () => {
  check(coder, [
    { text: 'Freedonia levelled sanctions at Sylvania.', want: ['FRD>163>SYL'] },
    // Enacting sanctions ("authorized", "ordered") aimed by a participle ("punishing", "targeting").
    { text: 'Freedonia authorized sanctions punishing Sylvania for the raid.', want: ['FRD>163>SYL'] },
    { text: 'The Freedonian president ordered new sanctions targeting Sylvania.', want: ['FRDGOV>163>SYL'] },
    { text: 'Freedonia sank a Sylvanian frigate.', want: ['FRD>190>SYL'] },
    { text: "The Red Hand's execution of Sylvanian hostages shocked the world.", want: ['IMGRED>1823>SYL'] },
    // "beheading" as a gerund stays the verb.
    { text: 'Videos show the Red Hand beheading Sylvanian hostages.', want: ['IMGRED>1823>SYL'] },
  ]);
});

test('breadth classes: envoys dispatched (042), calls to congratulate or discuss (041), arms sales approved (062)', () => {
  check(coder, [
    { text: 'Freedonia dispatched an envoy to Sylvania.', want: ['FRD>042>SYL'] },
    { text: 'The Freedonian president called the Sylvanian president to congratulate him.', want: ['FRDGOV>041>SYLGOV'] },
    { text: 'The Freedonian president called the Sylvanian president to discuss the border.', want: ['FRDGOV>041>SYLGOV'] },
    // "called on X to" stays an appeal; "called X a liar" is no call but a judgement (characterise.evaluation).
    { text: 'The Freedonian president called on the Sylvanian president to resign.', want: ['FRDGOV>0241>SYLGOV'] },
    { text: 'The Freedonian president called the Sylvanian president a liar.', want: ['FRDGOV>111>SYLGOV'] },
    { text: 'Freedonia approved the sale of fighter jets to Sylvania.', want: ['FRD>062>SYL'] },
    { text: 'Freedonia cleared arms sales to Sylvania.', want: ['FRD>062>SYL'] },
  ]);
});

test('breadth classes: aid restored (070), tariffs lowered (085) or raised (163), strikes called off (087)', () => {
  check(coder, [
    { text: 'Freedonia restored aid to Sylvania.', want: ['FRD>070>SYL'] },
    { text: 'Freedonia stepped up assistance to Sylvania.', want: ['FRD>070>SYL'] },
    { text: 'Freedonia lowered tariffs on Sylvanian goods.', want: ['FRD>085>SYL'] },
    { text: 'Freedonia raised tariffs on Sylvanian goods.', want: ['FRD>163>SYL'] },
    { text: 'Freedonia called off the airstrikes on Sylvania.', want: ['FRD>087>SYL'] },
  ]);
});

test('breadth classes: "distribute" is a verb of giving aid (070-073), its recipient after "to" or "for"; what is no aid is no event', () => {
  check(coder, [
    { text: 'Freedonian troops distributed aid to Sylvanian civilians.', want: ['FRDMIL>070>SYLCVL'] },
    { text: 'Freedonia distributed food aid to Sylvania.', want: ['FRD>073>SYL'] },
    { text: 'Freedonian protesters distributed leaflets to Sylvanian civilians.', want: [] },
    // The recipient may follow "for": "announced new military aid for Sylvania".
    { text: 'Freedonia announced new military aid for Sylvania.', want: ['FRD>072>SYL'] },
  ]);
});

test('breadth classes: being troubled or disturbed by an actor is a pessimistic comment (012), as being concerned is', () => {
  check(coder, [
    { text: 'The Freedonian government was deeply troubled by Sylvania\'s decision.', want: ['FRDGOV>012>SYL'] },
    { text: 'The Freedonian government was disturbed by Sylvania\'s decision.', want: ['FRDGOV>012>SYL'] },
  ]);
});

test('breadth classes: missiles over a country are a show of force (150), at it an attack (195)', () => {
  check(coder, [
    { text: 'Freedonia launched two missiles over Sylvania.', want: ['FRD>150>SYL'] },
    { text: 'Freedonia launched two missiles at Sylvania.', want: ['FRD>195>SYL'] },
    { text: 'Freedonian troops redeployed to the Sylvanian border.', want: ['FRDMIL>154>SYL'] },
    { text: "The Freedonian president questioned Sylvania's policy.", want: ['FRDGOV>110>SYL'] },
  ]);
});

test('breadth classes: event nouns with their author before and the party after the preposition', () => {
  check(coder, [
    { text: "Freedonia's recognition of Sylvania was welcomed.", want: ['FRD>054>SYL'] },
    { text: "Freedonia's cooperation with Sylvania grew.", want: ['FRD>050>SYL'] },
    { text: "Freedonia's mediation between Sylvania and Osterlich failed.", want: ['FRD>045>SYL', 'FRD>045>OST'] },
    { text: "Freedonia's lawsuit against Sylvania was dismissed.", want: ['FRD>115>SYL'] },
    { text: "Freedonia's veto of the Sylvanian resolution angered Osterlich.", want: ['FRD>129>SYL'] },
    { text: 'The Freedonian boycott of Sylvania hurt its economy.', want: ['FRD>163>SYL'] },
    { text: 'The Freedonian occupation of Sylvania lasted a decade.', want: ['FRD>192>SYL'] },
    { text: "Freedonia's praise for Sylvania was unusual.", want: ['FRD>051>SYL'] },
    // Without an author the noun codes nothing.
    { text: 'The occupation of Sylvania lasted a decade.', want: [] },
  ]);
});

test('breadth classes: money given (071), relief flown in (073), cultural property returned (0842), extradition approved (063)', () => {
  check(coder, [
    { text: 'Freedonia gave Sylvania 50 million dollars.', want: ['FRD>071>SYL'] },
    { text: 'Freedonia contributed $90 million to Sylvania.', want: ['FRD>071>SYL'] },
    { text: 'Freedonia flew medicine into Sylvania.', want: ['FRD>073>SYL'] },
    { text: 'Freedonia handed over medical supplies to Sylvania.', want: ['FRD>073>SYL'] },
    { text: 'Freedonia returned the looted paintings to Sylvania.', want: ['FRD>0842>SYL'] },
    { text: 'A Freedonian court approved the extradition of the Sylvanian spy.', want: ['FRD>063>SYL'] },
    { text: 'Freedonian and Sylvanian troops performed joint exercises.', want: ['FRDMIL>062>SYLMIL', 'SYLMIL>062>FRDMIL'] },
  ]);
});

test('breadth classes: cyber warfare (170) and attacks begun (190; announced for the future, a threat)', () => {
  check(coder, [
    { text: 'Freedonia launched cyber warfare against Sylvania.', want: ['FRD>170>SYL'] },
    { text: 'Freedonia began a military operation against Sylvania.', want: ['FRD>190>SYL'] },
    { text: 'Freedonia said it will begin a new military operation against Sylvania.', want: ['FRD>1384>SYL'] },
  ]);
});

test('breadth classes: destroying a party is force (190), vowed it is a threat (1384); no party, no event', () => {
  check(coder, [
    { text: 'Freedonian forces annihilated the Red Hand.', want: ['FRDMIL>190>IMGRED'] },
    { text: 'Freedonia vowed to destroy Sylvania.', want: ['FRD>1384>SYL'] },
    { text: 'Freedonia vowed to wipe out the Red Hand.', want: ['FRD>1384>IMGRED'] },
    { text: 'Freedonia destroyed the evidence.', want: [] },
  ]);
});

test('breadth classes: pledging to defend or protect a party is intent to give military protection (0334)', () => {
  check(coder, [
    { text: 'Freedonia pledged to defend Sylvania.', want: ['FRD>0334>SYL'] },
    { text: 'Freedonia promised to protect Sylvania.', want: ['FRD>0334>SYL'] },
    // Defending a party in words stays 052.
    { text: 'Freedonia defended Sylvania against the criticism.', want: ['FRD>052>SYL'] },
  ]);
});

test('breadth classes: an angry reaction to a party or its act criticises it (111)', () => {
  check(coder, [
    { text: "Freedonia reacted angrily to Sylvania's move.", want: ['FRD>111>SYL'] },
    { text: 'Freedonia responded sharply to the Sylvanian decision.', want: ['FRD>111>SYL'] },
    // The act named before is the Sylvanian attack: its author is the target (event anaphora).
    { text: 'Sylvania attacked Freedonia. Freedonia reacted furiously to the attack.', want: ['SYL>190>FRD', 'FRD>111>SYL'] },
    // No manner word, no criticism: a reply is a statement.
    { text: "Freedonia responded to Sylvania's proposal.", want: [] },
  ]);
});

test('breadth classes: a participle coordinated with a predicative adjective keeps its complement (051)', () => {
  check(coder, [
    { text: 'The Freedonian president was happy and impressed with Sylvania.', want: ['FRDGOV>051>SYL'] },
    { text: 'The Freedonian president was "happy and impressed" with Sylvania.', want: ['FRDGOV>051>SYL'] },
  ]);
});
