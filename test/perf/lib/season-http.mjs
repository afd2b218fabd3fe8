// The season simulation's HTTP client: every call to /api/v1 goes through one gate that keeps at most `concurrency`
// requests in flight, and is recorded (route with ids folded, status, milliseconds) against the stage it ran in, so the
// bench can print per stage its requests, rate and errors, and over the whole run the endpoints that took the most time.

/** '/applications/123/materials/pdf' → '/applications/:id/materials/pdf'; query strings dropped. */
export const routeOf = (path) =>
  path
    .split('?')[0]
    .replace(/\/\d+(?=\/|$)/g, '/:id')
    .replace(/\/certificates\/(?!issue$|onward\.xlsx$)[^/]+/, '/certificates/:no');

class Retry extends Error {
  constructor(status) {
    super(`retry after ${status}`);
    this.status = status;
  }
}

export function createClient(base, { concurrency }) {
  /** @type {Array<{ stage: string, route: string, status: number, ms: number }>} */
  const calls = [];
  /** @type {Array<{ stage: string, method: string, path: string, status: number, body: string }>} */
  const errors = [];
  /** @type {Array<{ stage: string, method: string, path: string, status: number }>} */
  const retries = [];
  let stage = '';
  let active = 0;
  /** @type {Array<() => void>} */
  const waiting = [];

  const acquire = () =>
    active < concurrency
      ? (active++, Promise.resolve())
      : new Promise((resolve) => waiting.push(() => (active++, resolve())));
  const release = () => {
    active--;
    waiting.shift()?.();
  };

  /** Answers the platform's own clients send again (miniapp/src/api/idempotency.ts): a lock conflict, a database away. */
  const retryable = (status, text) => status === 503 || (status === 409 && text.includes('"TRY_AGAIN"'));

  /**
   * One call; resolves with the parsed JSON body (or null) on 2xx. A 409 TRY_AGAIN (a deadlock victim: nothing was
   * written) or a 503 is sent again after a pause, up to twice, as the mini-program does, and counted in `retries`. Any
   * other answer, or a failed connection, is recorded with its body and thrown, so a team whose step failed stops there
   * and the stage goes on with the others.
   */
  async function call(method, path, options = {}) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await once(method, path, options, attempt < 3);
      } catch (error) {
        if (!(error instanceof Retry)) throw error;
        retries.push({ stage, method, path, status: error.status });
        await new Promise((r) => setTimeout(r, 100 * 3 ** (attempt - 1) * (0.5 + Math.random())));
      }
    }
  }

  async function once(method, path, { token, json, form, raw = false }, mayRetry) {
    await acquire();
    const route = `${method} ${routeOf(path)}`;
    const started = performance.now();
    let status = 0;
    let text = '';
    let bytes = null;
    try {
      const response = await fetch(`${base}/api/v1${path}`, {
        method,
        headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: json !== undefined ? JSON.stringify(json) : form,
      });
      status = response.status;
      if (raw && response.ok) bytes = Buffer.from(await response.arrayBuffer());
      else text = await response.text();
    } catch (error) {
      text = error instanceof Error ? `${error.message}${error.cause ? ` (${error.cause.code ?? error.cause.message ?? error.cause})` : ''}` : String(error);
    } finally {
      release();
    }
    calls.push({ stage, route, status, ms: performance.now() - started });
    if (mayRetry && retryable(status, text)) throw new Retry(status);
    if (status < 200 || status >= 300) {
      errors.push({ stage, method, path, status, body: text.slice(0, 600) });
      throw new Error(`${method} ${path} → ${status || 'no answer'} ${text.slice(0, 300)}`);
    }
    if (raw) return bytes;
    if (text === '') return null;
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }

  /** Multipart upload of one file in field `file`. */
  function upload(path, token, name, bytes, type) {
    const form = new FormData();
    form.append('file', new Blob([bytes], { type }), name);
    return call('POST', path, { token, form });
  }

  return {
    call,
    upload,
    calls,
    errors,
    retries,
    setStage(name) {
      stage = name;
    },
  };
}

/**
 * Runs `task(item, index)` for every item, `width` at a time (the HTTP gate caps what is in flight overall). A task
 * that throws is counted, not fatal: its error is already recorded by the client. Resolves with the results (undefined
 * for failed tasks) and the number of failures.
 */
export async function forEachLimited(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = await task(items[i], i);
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return { results, failed };
}

/** Per route over some calls: count, total and mean ms, p95, errors; sorted by total time, longest first. */
export function byRoute(calls) {
  const groups = new Map();
  for (const c of calls) {
    const g = groups.get(c.route) ?? { route: c.route, ms: [], errors: 0 };
    g.ms.push(c.ms);
    if (c.status < 200 || c.status >= 300) g.errors++;
    groups.set(c.route, g);
  }
  return [...groups.values()]
    .map((g) => {
      const sorted = g.ms.sort((a, b) => a - b);
      const total = sorted.reduce((s, x) => s + x, 0);
      return {
        route: g.route,
        count: sorted.length,
        totalS: total / 1000,
        meanMs: total / sorted.length,
        p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))],
        maxMs: sorted[sorted.length - 1],
        errors: g.errors,
      };
    })
    .sort((a, b) => b.totalS - a.totalS);
}
