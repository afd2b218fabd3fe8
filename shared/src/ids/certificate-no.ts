import { hasValidLuhnModNCheck, luhnModNCheck, type RandomInt } from './check-character.js';

// 证书编号: 'QT', the campaign year, eight random characters and a check character, all from Crockford's
// base 32 (no I, L, O, U), e.g. QT2026K7M2Q9XAH. Random, so a number cannot be guessed from a neighbour's;
// the check character catches a number mistyped into the public verification page.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const PATTERN = /^QT(\d{4})([0-9A-HJKMNP-TV-Z]{8})([0-9A-HJKMNP-TV-Z])$/;

export function certificateNoFromBody(year: number, body: string): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError('year out of range');
  if (!/^[0-9A-HJKMNP-TV-Z]{8}$/.test(body)) throw new RangeError('certificate number body must be eight Crockford base-32 characters');
  const payload = `${year}${body}`;
  return `QT${payload}${luhnModNCheck(payload, CROCKFORD)}`;
}

export function generateCertificateNo(year: number, randomInt: RandomInt): string {
  let body = '';
  for (let i = 0; i < 8; i++) body += CROCKFORD.charAt(randomInt(CROCKFORD.length));
  return certificateNoFromBody(year, body);
}

/** Upper-cases, drops spaces and dashes, and reads the letters people confuse with digits as Crockford does. */
export function normalizeCertificateNo(input: string): string {
  const compact = input.replace(/[\s\u3000-]/g, '').toUpperCase();
  return compact.slice(0, 2) + compact.slice(2).replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function isWellFormedCertificateNo(input: string): boolean {
  const value = normalizeCertificateNo(input);
  const match = PATTERN.exec(value);
  return match !== null && hasValidLuhnModNCheck(value.slice(2), CROCKFORD);
}

/** For display: QT-2026-K7M2-Q9XA-H. */
export function formatCertificateNo(value: string): string {
  const v = normalizeCertificateNo(value);
  return `${v.slice(0, 2)}-${v.slice(2, 6)}-${v.slice(6, 10)}-${v.slice(10, 14)}-${v.slice(14)}`;
}
