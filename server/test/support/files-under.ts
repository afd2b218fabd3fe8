import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder (none when it does not exist): what a test expects a store's tmp/ or objects/ to hold. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}
