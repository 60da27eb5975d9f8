import { backoffDelay, DEFAULT_THROTTLE, waitBeforeTry } from './login-throttle.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 8, 0, seconds));

describe('sign-in back-off', () => {
  it('lets the free failures through, then doubles the wait up to the cap', () => {
    const delays = [4, 5, 6, 7, 8, 20, 60].map((failures) => backoffDelay(failures, 5, DEFAULT_THROTTLE));
    expect(delays).toEqual([0, 1_000, 2_000, 4_000, 8_000, 900_000, 900_000]);
  });

  it('waits for the longest of the three keys, counted from their last failures', () => {
    const none = { failures: 0, last: null };
    const pair = { failures: 7, last: at(0) }; // 4 s after 08:00:00
    expect(waitBeforeTry({ pair, account: none, address: none }, DEFAULT_THROTTLE, at(1))).toBe(3_000);
    expect(waitBeforeTry({ pair, account: none, address: none }, DEFAULT_THROTTLE, at(4))).toBe(0);
    const address = { failures: 199, last: at(3) }; // below the address's free count
    expect(waitBeforeTry({ pair: none, account: none, address }, DEFAULT_THROTTLE, at(3))).toBe(0);
    const account = { failures: 21, last: at(3) }; // 2 s after 08:00:03
    expect(waitBeforeTry({ pair, account, address }, DEFAULT_THROTTLE, at(4))).toBe(1_000);
  });
});
