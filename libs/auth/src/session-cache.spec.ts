import type { AuthUser } from './roles.js';
import { SessionCache } from './session-cache.js';

const user = (id: string): AuthUser => ({ id, username: id, role: 'unit_admin', unitId: 'u1', organisation: 'HN' });

describe('SessionCache', () => {
  let clock = 1_000_000;
  const now = () => clock;
  const far = new Date(9e12);

  it('trusts an entry for its time to live, then forgets it', () => {
    const cache = new SessionCache(2_000, 100, now);
    cache.set('t1', user('a'), far);
    expect(cache.get('t1')?.id).toBe('a');
    clock += 1_999;
    expect(cache.get('t1')?.id).toBe('a');
    clock += 1;
    expect(cache.get('t1')).toBeUndefined();
  });

  it('never trusts an entry past its session expiry', () => {
    const cache = new SessionCache(60_000, 100, now);
    cache.set('t1', user('a'), new Date(clock + 500));
    clock += 500;
    expect(cache.get('t1')).toBeUndefined();
  });

  it('forgets a logged-out token and every token of a user whose sessions were revoked', () => {
    const cache = new SessionCache(60_000, 100, now);
    cache.set('t1', user('a'), far);
    cache.set('t2', user('a'), far);
    cache.set('t3', user('b'), far);
    cache.forgetToken('t3');
    expect(cache.get('t3')).toBeUndefined();
    cache.forgetUser('a');
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.get('t2')).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the oldest; a time to live of 0 caches nothing', () => {
    const cache = new SessionCache(60_000, 2, now);
    cache.set('t1', user('a'), far);
    cache.set('t2', user('b'), far);
    cache.set('t3', user('c'), far);
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.get('t3')?.id).toBe('c');
    const off = new SessionCache(0, 2, now);
    off.set('t1', user('a'), far);
    expect(off.get('t1')).toBeUndefined();
  });

  it('does not keep a session read before a revocation heard during the read', () => {
    const cache = new SessionCache(60_000, 100, now);
    const epoch = cache.epoch; // taken before the query
    cache.forgetUser('someone'); // a notification arrives while the query runs
    cache.set('t1', user('a'), far, epoch);
    expect(cache.get('t1')).toBeUndefined();
    cache.set('t1', user('a'), far, cache.epoch);
    expect(cache.get('t1')?.id).toBe('a');
  });
});
