// The one way the pages talk to the API: JSON in and out, a bearer token when we have one,
// and every failure turned into {status, error, message} for the page to show.
export class ApiError extends Error {
  constructor(status, error, message) {
    super(message);
    this.status = status;
    this.error = error;
  }
}

export async function call(method, path, { token, body, key } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  if (key) headers['Idempotency-Key'] = key;
  return answerOf(fetch(`/api${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
  }));
}

// The server's clock as the pages last heard it (its Date header, to the second), so a stage's
// countdown ends at the same moment on every phone, whatever each phone's own clock says.
let serverOffset = 0;
export function serverNow() {
  return Date.now() + serverOffset;
}

function noteServerTime(response, sentAt) {
  const said = Date.parse(response.headers?.get('Date') || '');
  if (Number.isNaN(said)) return;
  // The header is cut to the second, so the middle of that second against the middle of the trip.
  const offset = said + 500 - (sentAt + Date.now()) / 2;
  if (Math.abs(offset - serverOffset) > 1000) serverOffset = offset;
}

// A fetch's answer as call() gives it: {status, ...json}, or an ApiError.
export async function answerOf(fetching) {
  const sentAt = Date.now();
  let response;
  try {
    response = await fetching;
  } catch {
    throw new ApiError(0, 'offline', null);
  }
  noteServerTime(response, sentAt);
  if (response.status === 204 || response.status === 304) return { status: response.status };
  let json = null;
  try { json = await response.json(); } catch { json = null; }
  if (!response.ok) {
    throw new ApiError(response.status, json?.error || 'unknown', json?.message || null);
  }
  return { status: response.status, ...json };
}

// A fresh key for one submission (32 hex characters). getRandomValues works on plain http too,
// where a phone on the venue's network reaches a laptop.
export function newKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

// Sends something a person made, once: one Idempotency-Key for the submission, sent again with
// the same key when the connection drops (up to three tries), so a retry never saves it twice.
export async function submit(method, path, { token, body } = {}) {
  const key = newKey();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call(method, path, { token, body, key });
    } catch (e) {
      if (e.status !== 0 || attempt === 3) throw e;
      await new Promise((resolve) => { setTimeout(resolve, 1000 * attempt); });
    }
  }
}

// A file the API sends back whole, such as a CSV export or the printable report; or, for a file
// too large for one response, a short-lived link to fetch it from.
export async function fetchFile(path, { token } = {}) {
  let response;
  try {
    response = await fetch(`/api${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {}, cache: 'no-store' });
  } catch {
    throw new ApiError(0, 'offline', null);
  }
  if (!response.ok) {
    let json = null;
    try { json = await response.json(); } catch { json = null; }
    throw new ApiError(response.status, json?.error || 'unknown', json?.message || null);
  }
  if ((response.headers.get('Content-Type') || '').startsWith('application/json')) {
    return { url: (await response.json()).downloadUrl };
  }
  const disposition = response.headers.get('Content-Disposition') || '';
  return { blob: await response.blob(), fileName: disposition.match(/filename="([^"]+)"/)?.[1] || 'download' };
}
