import { DEFAULT_THROTTLE, type ThrottlePolicy } from './login-throttle.js';

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export interface AuthOptions {
  adminRotationDays: number;
  userRotationDays: number;
  sessionTtlHours: number;
  /** Exponential back-off of failed sign-ins per (user name, address), user name and address. */
  throttle: ThrottlePolicy;
  /** How many earlier passwords may not be reused. */
  passwordHistory: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  adminRotationDays: 90,
  userRotationDays: 180,
  sessionTtlHours: 12,
  throttle: DEFAULT_THROTTLE,
  passwordHistory: 5,
};
