import type { FeedStamp } from '@congvan/db';
import { etagMatches, type FeedVersions, ResponseCache } from './response-cache.js';

/** The ChangeFeed's version logic, driven by hand: bump a scope, go down or up. */
class FakeFeed implements FeedVersions {
  live = true;
  generation = 0;
  readonly versions = new Map<string, number>();
  bump(scope: string): void {
    this.versions.set(scope, (this.versions.get(scope) ?? 0) + 1);
  }
  stamp(scope: string): FeedStamp | null {
    return this.live ? { generation: this.generation, version: this.versions.get(scope) ?? 0 } : null;
  }
  isCurrent(scope: string, stamp: FeedStamp): boolean {
    return this.live && stamp.generation === this.generation && stamp.version === (this.versions.get(scope) ?? 0);
  }
}

describe('ResponseCache', () => {
  let feed: FakeFeed;
  let reads: number;
  const reader = (text: string) => async () => {
    reads += 1;
    return Buffer.from(text);
  };

  beforeEach(() => {
    feed = new FakeFeed();
    reads = 0;
  });

  it('answers again from the cache, with an ETag of the bytes, until its scope changes', async () => {
    const cache = new ResponseCache(feed, 1_000_000);
    const first = await cache.get('k', 'u:1', reader('one'));
    const again = await cache.get('k', 'u:1', reader('other'));
    expect(again.body.toString()).toBe('one');
    expect(again.etag).toBe(first.etag);
    expect(first.etag).toMatch(/^"[\w-]{27}"$/);
    expect(reads).toBe(1);
    feed.bump('u:2');
    expect((await cache.get('k', 'u:1', reader('other'))).body.toString()).toBe('one');
    feed.bump('u:1');
    expect((await cache.get('k', 'u:1', reader('two'))).body.toString()).toBe('two');
    expect(reads).toBe(2);
  });

  it('keys answers apart: one key never gets another key’s answer', async () => {
    const cache = new ResponseCache(feed, 1_000_000);
    await cache.get('unit_admin|a|dongda', 'u:a', reader('a'));
    expect((await cache.get('unit_admin|b|dongda', 'u:b', reader('b'))).body.toString()).toBe('b');
    expect((await cache.get('unit_admin|a|dongda', 'u:a', reader('x'))).body.toString()).toBe('a');
    expect((await cache.get('unit_admin|b|dongda', 'u:b', reader('x'))).body.toString()).toBe('b');
  });

  it('does not keep an answer whose scope changed while it was being read (stamped before the read)', async () => {
    const cache = new ResponseCache(feed, 1_000_000);
    const answer = await cache.get('k', 'u:1', async () => {
      feed.bump('u:1');
      return Buffer.from('read before the change');
    });
    expect(answer.etag).toBeNull();
    expect((await cache.get('k', 'u:1', reader('fresh'))).body.toString()).toBe('fresh');
    expect(cache.size).toBe(1);
  });

  it('keeps nothing and serves nothing kept while the feed is not live', async () => {
    const cache = new ResponseCache(feed, 1_000_000);
    await cache.get('k', 'u:1', reader('one'));
    feed.live = false;
    const down = await cache.get('k', 'u:1', reader('two'));
    expect([down.body.toString(), down.etag]).toEqual(['two', null]);
    feed.live = true;
    feed.generation += 1; // as the feed does when it listens again
    expect((await cache.get('k', 'u:1', reader('three'))).body.toString()).toBe('three');
    expect(reads).toBe(3);
  });

  it('shares one read among concurrent misses of the same key and stamp', async () => {
    const cache = new ResponseCache(feed, 1_000_000);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      reads += 1;
      await gate;
      return Buffer.from('shared');
    };
    const answers = Promise.all([cache.get('k', 's', slow), cache.get('k', 's', slow), cache.get('k', 's', slow)]);
    release();
    expect((await answers).map((a) => a.body.toString())).toEqual(['shared', 'shared', 'shared']);
    expect(reads).toBe(1);
  });

  it('stays within its bytes, the least recently used going first; 0 bytes keeps nothing', async () => {
    // Room for four answers of 1,000 bytes (each with its key and overhead); none may take over a quarter.
    const cache = new ResponseCache(feed, 4 * (1_000 + 2 + 200));
    const kb = (c: string) => reader(c.repeat(1_000));
    await cache.get('k1', 's', kb('1'));
    await cache.get('k2', 's', kb('2'));
    await cache.get('k1', 's', kb('x')); // k1 used: k2 is now the oldest
    await cache.get('k3', 's', kb('3'));
    await cache.get('k4', 's', kb('4'));
    await cache.get('k5', 's', kb('5'));
    expect(cache.size).toBe(4);
    expect(reads).toBe(5);
    await cache.get('big', 's', reader('b'.repeat(1_300)));
    expect(cache.size).toBe(4);
    expect((await cache.get('k1', 's', kb('y'))).body[0]).toBe('1'.charCodeAt(0));
    expect((await cache.get('k2', 's', kb('z'))).body[0]).toBe('z'.charCodeAt(0));
    const none = new ResponseCache(feed, 0);
    await none.get('k', 's', reader('a'));
    expect((await none.get('k', 's', reader('b'))).body.toString()).toBe('b');
    expect(none.size).toBe(0);
  });

  it('matches If-None-Match lists, weak tags and *', () => {
    expect(etagMatches('"a", W/"b"', '"b"')).toBe(true);
    expect(etagMatches('"a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
    expect(etagMatches('"a"', '"b"')).toBe(false);
    expect(etagMatches(undefined, '"b"')).toBe(false);
  });
});
