import { DEFAULT_THROTTLE, type ThrottlePolicy } from './login-throttle.js';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  adminRotationDays: number;
  userRotationDays: number;
  sessionTtlHours: number;
  /**
   * How long a checked session is trusted without asking the database again (SessionCache). A
   * logout, password change or lock in this process takes effect at once; in another API process
   * within this time. 0 checks every request.
   */
  sessionCacheMs: number;
  /** Exponential back-off of failed sign-ins per (user name, address), user name and address. */
  throttle: ThrottlePolicy;
  /** How many earlier passwords may not be reused. */
  passwordHistory: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  adminRotationDays: 90,
  userRotationDays: 180,
  sessionTtlHours: 12,
  sessionCacheMs: 5_000,
  throttle: DEFAULT_THROTTLE,
  passwordHistory: 5,
};
