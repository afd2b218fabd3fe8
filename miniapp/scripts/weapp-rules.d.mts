// Types for weapp-rules.mjs, so that the Jest test (TypeScript) can import it.
import type { Linter } from 'eslint';

export interface Violation {
  rule: 'package-size' | 'pages-emitted' | 'app-json' | 'base-library' | 'browser-globals';
  message: string;
}

export interface PackageSizes {
  main: number;
  subpackages: { root: string; size: number }[];
  total: number;
}

export interface AllowedReference {
  where: string;
  name: string;
  reason: string;
}

export interface FoundReference {
  name: string;
  line: number;
  column: number;
  snippet: string;
  allowedBecause: string | null;
}

export type AppJson = Record<string, unknown>;

export const MIN_BASE_LIBRARY: string;
export const PACKAGE_LIMIT: number;
export const TOTAL_LIMIT: number;
export const BROWSER_ONLY_GLOBALS: string[];
export const BROWSER_ONLY_MEMBERS: { object: string; property: string }[];
export const OUTPUT_ALLOWED: { name: string; near: string; reason: string }[];
export const APP_JSON_KEYS: Record<string, { type: string; since: string }>;
export const WINDOW_KEYS: Record<string, { since: string }>;
export const weappSourceLintConfig: Linter.Config;

export function browserGlobalMessage(name: string): string;
export function compareVersions(a: string, b: string): number;
export function declaredPages(appJson: AppJson): string[];
export function checkAppJson(appJson: AppJson, minBaseLibrary: string): Violation[];
export function measurePackages(weappDir: string, appJson: AppJson): PackageSizes;
export function checkPackageSizes(sizes: PackageSizes): Violation[];
export function checkPagesEmitted(weappDir: string, appJson: AppJson): Violation[];
export function checkProjectConfig(files: string[], minBaseLibrary?: string): Violation[];
export function findBrowserGlobals(source: string, names?: string[]): FoundReference[];
export function checkBrowserGlobals(weappDir: string): { violations: Violation[]; allowed: AllowedReference[] };
export function checkWeappBuild(
  weappDir: string,
  options?: { projectConfigs?: string[] },
): { violations: Violation[]; sizes: PackageSizes | null; allowed: AllowedReference[]; pages: string[] };
