import { ENTERPRISE_NAME_MAX } from '@cacem/shared';

/** 批量发放: the textarea, one enterprise per line, read into names with the lines that will be skipped flagged. */

export interface NameLine {
  /** 1-based position among the names sent (blank lines are not sent). */
  row: number;
  name: string;
  /** Why the server will skip it: a repeat of an earlier line, or too long. */
  flag: string | null;
}

export function parseNameLines(text: string): NameLine[] {
  const seen = new Map<string, number>();
  const out: NameLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const name = raw.replace(/\s+/g, ' ').trim();
    if (name === '') continue;
    const row = out.length + 1;
    const key = name.toLowerCase();
    let flag: string | null = null;
    if (name.length > ENTERPRISE_NAME_MAX) flag = `超过 ${ENTERPRISE_NAME_MAX} 个字`;
    else if (seen.has(key)) flag = `与第 ${seen.get(key)} 行重复`;
    else seen.set(key, row);
    out.push({ row, name, flag });
  }
  return out;
}

/** The names to send: every non-blank line as written (the server reports the repeats in skipped). */
export const namesToSend = (lines: readonly NameLine[]): string[] => lines.map((l) => l.name);
