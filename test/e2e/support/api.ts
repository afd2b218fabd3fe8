/** Thin JSON/multipart calls to the running server, for setting up what a browser test starts from. */
export async function api<T = Record<string, unknown>>(base: string, method: string, path: string, options: { token?: string; json?: unknown } = {}): Promise<T> {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}), ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: options.json !== undefined ? JSON.stringify(options.json) : undefined,
  });
  const body = (await response.json().catch(() => ({}))) as T;
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export async function uploadTo(base: string, path: string, token: string, field: string, name: string, bytes: Uint8Array, type: string): Promise<void> {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${base}/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (!response.ok) throw new Error(`upload ${path} → ${response.status} ${await response.text()}`);
}
