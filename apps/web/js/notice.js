// @ts-check
import { replace } from './dom.js';

const notice = /** @type {HTMLElement} */ (document.getElementById('notice'));
/** @type {number | undefined} */
let timer;

/**
 * A short message in the live region at the top (read out by screen readers).
 * @param {string} text
 * @param {'ok' | 'error'} [kind]
 */
export function showNotice(text, kind = 'ok') {
  replace(notice, text);
  notice.className = `notice notice-${kind} visible`;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => (notice.className = 'notice'), kind === 'error' ? 10000 : 5000);
}

/**
 * Runs an action from a button: disables it meanwhile, reports the API's message on failure.
 * @template T
 * @param {HTMLButtonElement | null} button
 * @param {() => Promise<T>} action
 * @returns {Promise<T | undefined>}
 */
export async function withButton(button, action) {
  if (button) button.disabled = true;
  try {
    return await action();
  } catch (error) {
    showNotice(/** @type {Error} */ (error).message, 'error');
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}
