import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Coder } from '../pipeline/coder.js';
import { bundledVerbsCoder, realCoder } from '../../testdata/helpers.js';

// Incident-shaped language the dyad coder reads (issue 10): crowds and armed men counted by an
// approximate number, grenades thrown, an armed party's facilities destroyed, crowds turning violent,
// the agent nouns of violence. Fictional actors (Freedonia, Sylvania) over the bundled verbs; the
// agent nouns over the bundled actors with only fictional places.

/** The events of a text as `SOURCE>CAMEO>TARGET` (a missing side is `-`). */
function events(coder: Coder, text: string): string[] {
  const doc = coder.code({ id: 'x', text, publishedAt: '1933-06-01' });
  return doc.events.filter((e) => !e.negated).map((e) => `${e.source?.actor.code ?? '-'}>${e.cameo ?? '-'}>${e.target?.actor.code ?? '-'}`);
}

const FICTIONAL: readonly { cls: string; text: string; want: readonly string[] }[] = [
  // A number approximator is no preposition: the crowd or the troops after it are the subject.
  { cls: 'approximator', text: 'About a dozen Sylvanian protesters marched through Karvelo.', want: ['SYLCVL>141>-'] },
  { cls: 'approximator', text: 'Over 40 Freedonian troops attacked Sylvania on Monday.', want: ['FRDMIL>190>SYL'] },
  { cls: 'approximator', text: 'Up to 1,000 Sylvanian protesters rioted in Karvelo.', want: ['SYLCVL>145>-'] },
  // Grenades thrown at someone: light weapons (193), one-sided when the target is no actor.
  { cls: 'grenade', text: 'Freedonian troops hurled grenades at Sylvanian protesters.', want: ['FRDMIL>193>SYLCVL'] },
  { cls: 'grenade', text: 'Freedonian troops lobbed a grenade into a bunker near Karvelo.', want: ['FRDMIL>193>-'] },
  // A particle binds only its own verb ("conceded to the demands", "gave in to the demands"); a hunger strike joined.
  { cls: 'yield', text: 'The Freedonian government conceded to the demands of Sylvania.', want: ['FRDGOV>080>SYL'] },
  { cls: 'yield', text: 'The Freedonian government gave in to the demands of Sylvania.', want: ['FRDGOV>080>SYL'] },
  { cls: 'hunger strike', text: 'Sylvanian protesters have been participating in a hunger strike.', want: ['SYLCVL>142>-'] },
  // Firing at someone is shooting at them (193); firing back at someone is the idiom of a retort (111).
  { cls: 'fire at', text: 'Freedonian troops fired at Sylvanian posts.', want: ['FRDMIL>193>SYL'] },
  { cls: 'fire at', text: 'Freedonian troops fired on Sylvanian protesters.', want: ['FRDMIL>193>SYLCVL'] },
  { cls: 'fire at', text: 'The Freedonian president fired back at Sylvania.', want: ['FRDGOV>111>SYL'] },
  { cls: 'fire at', text: 'The Freedonian president fired his defence minister.', want: [] },
  // Destroying an armed party's facilities is force against its owner; other property stays 1712.
  { cls: 'military target', text: "Freedonian troops destroyed Sylvania's arms depots.", want: ['FRDMIL>190>SYL'] },
  { cls: 'military target', text: 'The Freedonian army destroyed two Sylvanian checkpoints.', want: ['FRDMIL>190>SYL'] },
  { cls: 'military target', text: 'Freedonian troops destroyed the old archives of the museum.', want: [] },
  // A claim of responsibility is aimed at whom the claimed act hit; with no one named, it is no event.
  { cls: 'claim', text: 'The Freedonian army claimed responsibility for the attack on Sylvanian troops.', want: ['FRDMIL>015>SYLMIL'] },
  { cls: 'claim', text: 'The day was quiet. The Freedonian army claimed responsibility for the attack.', want: [] },
  // Setting property ablaze, also in a by-agent passive (1712).
  { cls: 'set ablaze', text: 'The offices of the Sylvanian government were set ablaze by Freedonian troops.', want: ['FRDMIL>1712>SYLGOV'] },
  // A crowd in the streets demonstrates (141).
  { cls: 'crowd', text: 'Sylvanian protesters poured into the streets of Karvelo on Friday.', want: ['SYLCVL>141>-'] },
  // A polysemous force verb aimed at an armed party's facilities or a place where civilians gather is
  // force even with no actor named there; the same verb with neither stays silent.
  { cls: 'polysemous force', text: 'Freedonian troops struck a crowded market in Karvelo.', want: ['FRDMIL>190>-'] },
  { cls: 'polysemous force', text: 'Freedonian troops hit the Sylvanian positions near Karvelo.', want: ['FRDMIL>190>SYL'] },
  { cls: 'polysemous force', text: 'The Freedonian government hit its spending targets.', want: [] },
  // A crowd that turns violent riots (145).
  { cls: 'turn violent', text: 'Sylvanian protesters turned violent in Karvelo on Friday.', want: ['SYLCVL>145>-'] },
];

for (const c of FICTIONAL) {
  test(`violence: ${c.cls}: ${c.text}`, () => assert.deepEqual(events(bundledVerbsCoder(), c.text), c.want));
}

const AGENTS: readonly { text: string; want: readonly string[] }[] = [
  // The agent nouns of violence are unidentified armed forces (UAF), placed only by context.
  { text: 'Two suicide bombers blew themselves up at a checkpoint in Karvelo.', want: ['UAF>183>-'] },
  // A police post stands for the police holding it (agent.bare before FACILITY_NOUNS).
  { text: 'Unknown assailants attacked a police post in Karvelo.', want: ['UAF>190>COP'] },
  { text: 'About 300 attackers stormed a village outside Karvelo.', want: ['UAF>192>-'] },
];

for (const c of AGENTS) {
  test(`violence: agent noun: ${c.text}`, () => assert.deepEqual(events(realCoder(), c.text), c.want));
}
