import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { ERROR_MESSAGES } from './error-codes.js';

const CODES_DIR = fileURLToPath(new URL('./codes/', import.meta.url));

describe('error codes by domain', () => {
  // ERROR_MESSAGES spreads one object per domain: a code defined in two domains would silently keep only the later
  // message, and a domain file left out of the spread would never reach a client.
  it('defines every code in exactly one domain file, and gathers every domain file', async () => {
    const owners = new Map<string, string[]>();
    for (const file of readdirSync(CODES_DIR).filter((name) => name.endsWith('.ts'))) {
      const domain = (await import(`./codes/${file.replace(/\.ts$/, '.js')}`)) as Record<string, Record<string, string>>;
      for (const messages of Object.values(domain)) {
        for (const [code, message] of Object.entries(messages)) {
          owners.set(code, [...(owners.get(code) ?? []), file]);
          expect(ERROR_MESSAGES).toHaveProperty(code, message);
        }
      }
    }
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
    expect(owners.size).toBe(Object.keys(ERROR_MESSAGES).length);
  });
});
