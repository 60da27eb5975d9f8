import { createHash } from 'node:crypto';
import type { ChangeFeed, FeedStamp } from '@congvan/db';

/** What the cache asks of the ChangeFeed. */
export type FeedVersions = Pick<ChangeFeed, 'stamp' | 'isCurrent'>;

export const RESPONSE_CACHE_OPTIONS = Symbol('RESPONSE_CACHE_OPTIONS');

export interface ResponseCacheOptions {
  /** How many bytes of answers a process keeps (the least recently used go first); 0: no cache. */
  maxBytes: number;
}

/**
 * An answer: its JSON bytes and, when it is kept, their ETag (the same bytes give the same tag in
 * every process); an answer not kept is not hashed.
 */
export interface CachedBody {
  body: Buffer;
  etag: string | null;
}

interface Entry extends CachedBody {
  etag: string;
  scope: string;
  stamp: FeedStamp;
}

/** What a key costs besides its answer (the Map's entry, the strings): counted against maxBytes. */
const ENTRY_OVERHEAD = 200;

/**
 * The answers of the most read routes (the inbox, a compliance board), kept by this process for
 * as long as nothing they show has changed: each is stored under a key that holds everything that
 * decides it (the caller's access — accessKey — the day, the normalised query) with the scope whose
 * changes can alter it (visibilityScope; `d:<doc>` for a board), and is valid while the ChangeFeed
 * says that scope has not changed since the answer was read. Nothing is cached while the feed is
 * not live. Concurrent misses of one key and stamp share one read.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly reading = new Map<string, Promise<CachedBody>>();
  private bytes = 0;

  constructor(
    private readonly feed: FeedVersions | null,
    private readonly maxBytes: number,
  ) {}

  /** The answer for `key`, from the cache when still valid, else from `read` (kept when the feed allows). */
  async get(key: string, scope: string, read: () => Promise<Buffer>): Promise<CachedBody> {
    const feed = this.feed;
    if (!feed || this.maxBytes <= 0) return { body: await read(), etag: null };
    const entry = this.entries.get(key);
    if (entry) {
      if (entry.scope === scope && feed.isCurrent(scope, entry.stamp)) {
        // Most recently used last.
        this.entries.delete(key);
        this.entries.set(key, entry);
        return entry;
      }
      this.remove(key, entry);
    }
    // Taken before the read: a change committed after the read's snapshot bumps the version past it.
    const stamp = feed.stamp(scope);
    if (!stamp) return { body: await read(), etag: null };
    const flight = `${key}\u0000${stamp.generation}\u0000${stamp.version}`;
    const pending = this.reading.get(flight);
    if (pending) return pending;
    const promise = read().then((body): CachedBody => {
      if (!feed.isCurrent(scope, stamp)) return { body, etag: null };
      const entry = { body, etag: etagOf(body), scope, stamp };
      this.keep(key, entry);
      return entry;
    });
    this.reading.set(flight, promise);
    try {
      return await promise;
    } finally {
      this.reading.delete(flight);
    }
  }

  /** How many answers are kept (tests, diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  private keep(key: string, entry: Entry): void {
    const size = entry.body.length + key.length + ENTRY_OVERHEAD;
    if (size > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, entry);
    this.bytes += size;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest, value);
    }
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytes -= entry.body.length + key.length + ENTRY_OVERHEAD;
  }
}

const etagOf = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** Whether an If-None-Match header names this ETag (a list, weak tags, `*`). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
