/**
 * Sign-in throttling by exponential back-off, keyed by what an attacker aims at rather than by
 * address alone, so an office behind one NAT is not locked out by one person's mistakes:
 * - per (user name, address): the next try waits base·2^(failures − free) after the last failure;
 * - per user name, from every address (a distributed guess at one account), a higher free count;
 * - per address, over every user name (password spraying), a much higher one.
 * Counts are failures in the window since the account's last successful sign-in; keyed by the
 * user name typed, so an unknown account is throttled exactly like a real one.
 */
export interface ThrottlePolicy {
  /** Failures allowed without waiting: per (user name, address), per user name, per address. */
  pairFree: number;
  accountFree: number;
  addressFree: number;
  /** The first wait, doubled at each further failure, capped at maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this are forgotten. */
  windowMinutes: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  pairFree: 5,
  accountFree: 20,
  addressFree: 200,
  baseDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  windowMinutes: 15,
};

export interface FailureCount {
  failures: number;
  last: Date | null;
}

/** How long after the last failure the next try must wait (0: no wait). */
export function backoffDelay(failures: number, free: number, policy: ThrottlePolicy): number {
  if (failures < free) return 0;
  return Math.min(policy.baseDelayMs * 2 ** Math.min(failures - free, 30), policy.maxDelayMs);
}

/** Milliseconds the caller must still wait, the longest of the three keys; 0 when it may try now. */
export function waitBeforeTry(
  counts: { pair: FailureCount; account: FailureCount; address: FailureCount },
  policy: ThrottlePolicy,
  now: Date,
): number {
  const wait = (count: FailureCount, free: number) =>
    count.last ? Math.max(0, count.last.getTime() + backoffDelay(count.failures, free, policy) - now.getTime()) : 0;
  return Math.max(
    wait(counts.pair, policy.pairFree),
    wait(counts.account, policy.accountFree),
    wait(counts.address, policy.addressFree),
  );
}
