// Reading one environment variable as a value of a kind (integer in a range, one of a list, boolean, URL, path); a bad
// value stops start-up with a ConfigError naming the variable.
import { isAbsolute, resolve } from 'node:path';

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`配置错误：环境变量 ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

export const MB = 1024 * 1024;

export function read(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `应为整数，实际为 "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `应在 ${min} 到 ${max} 之间，实际为 ${value}`);
  return value;
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `应为 ${allowed.join(' / ')} 之一，实际为 "${raw}"`);
  }
  return raw as T;
}

export function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(name, `应为 true 或 false，实际为 "${raw}"`);
}

export function httpUrl(env: Env, name: string, fallback: string): string {
  const raw = read(env, name);
  if (raw === undefined) return fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `应为 http:// 或 https:// 开头的网址，实际为 "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(name, `应为 http:// 或 https:// 开头的网址，实际为 "${raw}"`);
  return raw.replace(/\/+$/, '');
}

/** A path from the environment, relative ones taken from the working directory. */
export function path(raw: string): string {
  return isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
}
