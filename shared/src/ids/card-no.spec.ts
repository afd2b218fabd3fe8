import { describe, expect, it } from '@jest/globals';
import { cardNoYear, formatCardNo, isWellFormedCardNo, normalizeCardNo } from './card-no.js';

describe('报名卡号', () => {
  it('is the year, a five-digit serial and a Luhn check digit', () => {
    const cardNo = formatCardNo(2026, 1);
    expect(cardNo).toMatch(/^202600001\d$/);
    expect(cardNo).toHaveLength(10);
    expect(cardNoYear(cardNo)).toBe(2026);
    expect(isWellFormedCardNo(cardNo)).toBe(true);
  });

  it('catches any single mistyped digit and adjacent swaps', () => {
    const cardNo = formatCardNo(2026, 4711);
    for (let i = 0; i < 10; i++) {
      const d = Number(cardNo[i]);
      const typo = cardNo.slice(0, i) + String((d + 1) % 10) + cardNo.slice(i + 1);
      expect(isWellFormedCardNo(typo)).toBe(false);
    }
    expect(isWellFormedCardNo(cardNo.slice(0, 6) + cardNo[7] + cardNo[6] + cardNo.slice(8))).toBe(cardNo[6] === cardNo[7]);
  });

  it('rejects wrong lengths and letters, and ignores spaces and dashes', () => {
    expect(isWellFormedCardNo('123')).toBe(false);
    expect(isWellFormedCardNo('20260000A4')).toBe(false);
    expect(normalizeCardNo(' 2026-00001 4')).toBe('2026000014');
  });

  it('refuses serials outside 1..99999', () => {
    expect(() => formatCardNo(2026, 0)).toThrow(RangeError);
    expect(() => formatCardNo(2026, 100000)).toThrow(RangeError);
  });
});
