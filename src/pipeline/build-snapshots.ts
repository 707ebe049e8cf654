/** Build step (`npm run build`): write the snapshots the coder loads at start-up instead of compiling. */
import { buildDictionarySnapshot } from './coder.js';
import { buildGazetteerSnapshot } from './resources.js';
import { snapshotDir } from './snapshot.js';

const made = [buildDictionarySnapshot() && 'dictionaries', buildGazetteerSnapshot() && 'gazetteer'].filter(Boolean);
// A resource that cannot be serialised is compiled at start-up instead: slower, never wrong.
process.stdout.write(`snapshots in ${snapshotDir()}: ${made.join(', ') || 'none'}\n`);
