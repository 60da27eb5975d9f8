// @ts-check
import { api } from '../api.js';
import { h, replace } from '../dom.js';

/**
 * @param {HTMLElement} main
 * @param {(user: import('../app.js').User) => Promise<void>} onSignedIn
 */
export function renderLogin(main, onSignedIn) {
  const error = h('p', { class: 'error', role: 'alert' });
  const username = /** @type {HTMLInputElement} */ (
    h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true })
  );
  const password = /** @type {HTMLInputElement} */ (
    h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true })
  );
  const submit = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit' }, 'Đăng nhập'));
  const form = h(
    'form',
    {
      class: 'card login',
      onsubmit: async (/** @type {SubmitEvent} */ event) => {
        event.preventDefault();
        submit.disabled = true;
        replace(error);
        try {
          await api('POST', '/auth/login', { username: username.value.trim(), password: password.value });
          await onSignedIn(await api('GET', '/auth/me'));
        } catch (failure) {
          replace(error, /** @type {Error} */ (failure).message);
          password.select();
        } finally {
          submit.disabled = false;
        }
      },
    },
    h('h1', null, 'Đăng nhập'),
    h('label', { for: 'username' }, 'Tên đăng nhập'),
    username,
    h('label', { for: 'password' }, 'Mật khẩu'),
    password,
    error,
    submit,
  );
  replace(main, form);
  username.focus();
}
