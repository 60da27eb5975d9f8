// @ts-check
// Calls to the congvan API. The session is the HttpOnly cookie set at sign-in; errors carry the
// API's Vietnamese message.

export class ApiError extends Error {
  /** @param {number} status @param {{ code?: string, message?: string, messageEn?: string, details?: unknown } | null} body */
  constructor(status, body) {
    super(body?.message ?? `Lỗi máy chủ (${status}).`);
    this.status = status;
    this.code = body?.code ?? 'HTTP_' + status;
    this.details = body?.details;
  }
}

/** Called when the session has ended, so the app can show the sign-in form. */
let onSignedOut = () => {};
/** @param {() => void} handler */
export function whenSignedOut(handler) {
  onSignedOut = handler;
}

/** @param {Response} response */
async function readBody(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('application/json') ? response.json() : response.text();
}

/**
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body] a plain object (sent as JSON) or FormData
 */
export async function api(method, path, body) {
  /** @type {RequestInit} */
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(0, { code: 'NETWORK', message: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.' });
  }
  const data = await readBody(response);
  if (response.ok) return data;
  if (response.status === 401 && path !== '/auth/login') onSignedOut();
  throw new ApiError(response.status, typeof data === 'object' ? data : null);
}

/**
 * A multipart upload with progress (fetch cannot report upload progress).
 * @param {string} path
 * @param {FormData} form
 * @param {(fraction: number) => void} onProgress
 * @returns {Promise<any>}
 */
export function uploadWithProgress(path, form, onProgress) {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    request.withCredentials = true;
    request.setRequestHeader('Accept', 'application/json');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      let data = null;
      try {
        data = JSON.parse(request.responseText);
      } catch {
        /* not JSON */
      }
      if (request.status >= 200 && request.status < 300) resolve(data);
      else {
        if (request.status === 401) onSignedOut();
        reject(new ApiError(request.status, data));
      }
    });
    request.addEventListener('error', () =>
      reject(new ApiError(0, { code: 'NETWORK', message: 'Mất kết nối khi tải tệp lên.' })),
    );
    request.send(form);
  });
}
