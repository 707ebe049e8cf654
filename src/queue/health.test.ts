import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHealth, isConnectionError, type Service } from './health.js';

describe('worker health', () => {
  it('logs one line per state change and pauses/resumes once per outage', () => {
    const events: string[] = [];
    const h = createHealth({ log: (l) => events.push(l), pause: () => events.push('PAUSE'), resume: () => events.push('RESUME'), names: { redis: 'redis://r', postgres: 'postgres://p' } });
    const calls: [Service, boolean][] = [['postgres', true], ['postgres', false], ['postgres', false], ['redis', false], ['postgres', true], ['redis', false], ['redis', true], ['redis', true]];
    for (const [s, up] of calls) h.set(s, up);
    assert.deepEqual(events.map((e) => e.replace(/ at [^: ]+:\/\/[^: ]+/, '')), [
      'dyad worker: postgres unreachable: paused, waiting for it to return', 'PAUSE',
      'dyad worker: redis unreachable: paused, waiting for it to return',
      'dyad worker: postgres is back',
      'dyad worker: redis is back: resuming', 'RESUME',
    ]);
  });

  it('ignores a success of a call that started before the outage (its answer left before the server went down)', () => {
    const events: string[] = [];
    const h = createHealth({ log: (l) => events.push(l), pause: () => events.push('PAUSE'), resume: () => events.push('RESUME'), names: { redis: 'redis://r', postgres: 'postgres://p' } });
    const before = performance.now();
    h.set('postgres', false, 'terminated');
    h.set('postgres', true, undefined, before);
    assert.equal(h.isUp('postgres'), false);
    h.set('postgres', true, undefined, performance.now());
    assert.deepEqual(events.filter((e) => e === 'PAUSE' || e === 'RESUME'), ['PAUSE', 'RESUME']);
  });

  const rows: [string, unknown, boolean][] = [
    ['refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), true],
    ['admin shutdown', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }), true],
    ['starting up', Object.assign(new Error('the database system is starting up'), { code: '57P03' }), true],
    ['terminated', new Error('Connection terminated unexpectedly'), true],
    ['a bad record', new Error('[ING010] x: empty text'), false],
    ['a constraint', Object.assign(new Error('duplicate key'), { code: '23505' }), false],
    ['not an error', 'ECONNREFUSED', false],
  ];
  for (const [name, e, want] of rows) it(`classifies ${name}`, () => assert.equal(isConnectionError(e), want));
});
