export interface SkippedTest {
  suite: string;
  file: string;
  name: string;
}
export interface ListedSkip {
  file: string;
  name: string;
  reason: string;
}
export const SKIPS_FILE: string;
export function listedSkips(path?: string): ListedSkip[];
export function unlistedSkips(skipped: SkippedTest[], listed?: ListedSkip[]): SkippedTest[];
export function skippedTests(report: unknown, suite: string, root?: string): SkippedTest[];
