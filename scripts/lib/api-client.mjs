// The platform's HTTP API as the scripts and benches call it (scripts/demo-review.mjs, test/perf/lib): JSON calls,
// multipart uploads and logins against a base address; any non-2xx answer is thrown with its status and body.

/** One JSON call to /api/v1; resolves with the parsed body. */
export async function api(base, method, path, { token, json } = {}) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: json !== undefined ? JSON.stringify(json) : undefined,
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/** One file in field `file`, as multipart/form-data. */
export async function upload(base, path, token, name, bytes, type) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const response = await fetch(`${base}/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (!response.ok) throw new Error(`上传 ${path} → ${response.status} ${await response.text()}`);
}

/** An account's access token. */
export const login = async (base, username, password) => (await api(base, 'POST', '/auth/login', { json: { username, password } })).accessToken;

/** The three bound to one base address. */
export function apiClient(base) {
  return {
    api: (method, path, options) => api(base, method, path, options),
    upload: (path, token, name, bytes, type) => upload(base, path, token, name, bytes, type),
    login: (username, password) => login(base, username, password),
  };
}
