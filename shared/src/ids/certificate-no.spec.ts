import { describe, expect, it } from '@jest/globals';
import { certificateNoFromBody, formatCertificateNo, generateCertificateNo, isWellFormedCertificateNo, normalizeCertificateNo } from './certificate-no.js';

describe('证书编号', () => {
  it('is QT, the year, eight random base-32 characters and a check character', () => {
    const no = certificateNoFromBody(2026, 'K7M2Q9XA');
    expect(no).toMatch(/^QT2026K7M2Q9XA[0-9A-Z]$/);
    expect(isWellFormedCertificateNo(no)).toBe(true);
    expect(formatCertificateNo(no)).toBe(`QT-2026-K7M2-Q9XA-${no.slice(-1)}`);
  });

  it('is random and well formed every time', () => {
    let state = 9;
    const random = (max: number) => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) >>> 8) % max;
    const numbers = Array.from({ length: 500 }, () => generateCertificateNo(2026, random));
    expect(new Set(numbers).size).toBe(500);
    for (const n of numbers) expect(isWellFormedCertificateNo(n)).toBe(true);
  });

  it('catches a single mistyped character and reads O, I and L as 0, 1 and 1', () => {
    const no = certificateNoFromBody(2026, 'K7M2Q9XA');
    expect(isWellFormedCertificateNo(no.replace('K7M2', 'K7M3'))).toBe(false);
    expect(isWellFormedCertificateNo(no.slice(0, 2) + '2027' + no.slice(6))).toBe(false);
    const withZero = certificateNoFromBody(2026, '0000ABCD');
    expect(isWellFormedCertificateNo(withZero.replace('0000', 'OOOO').toLowerCase())).toBe(true);
    expect(normalizeCertificateNo('qt-2026-k7m2-q9xa')).toBe('QT2026K7M2Q9XA');
  });
});
