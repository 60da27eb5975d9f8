export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  adminRotationDays: number;
  userRotationDays: number;
  sessionTtlHours: number;
  /** Consecutive failures that lock an account, and for how long. */
  maxFailedLogins: number;
  lockMinutes: number;
  /** Failed logins from one address within 15 minutes before it is refused (429). */
  maxFailuresPerIp: number;
  /** How many earlier passwords may not be reused. */
  passwordHistory: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  adminRotationDays: 90,
  userRotationDays: 180,
  sessionTtlHours: 12,
  maxFailedLogins: 5,
  lockMinutes: 15,
  maxFailuresPerIp: 20,
  passwordHistory: 5,
};
