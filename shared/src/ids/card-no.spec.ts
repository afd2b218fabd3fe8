import { describe, expect, it } from '@jest/globals';
import { cardNoFromBody, generateCardNo, generateOneTimePassword, isWellFormedCardNo, normalizeCardNo } from './card-no.js';
import type { RandomInt } from './check-character.js';

/** A deterministic stand-in for crypto.randomInt, for tests only. */
function lcg(seed: number): RandomInt {
  let state = seed >>> 0;
  return (max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % max;
  };
}

describe('报名卡号', () => {
  it('is nine digits and a Luhn check digit, never starting with 0', () => {
    const cardNo = cardNoFromBody('202600001');
    expect(cardNo).toMatch(/^202600001\d$/);
    expect(isWellFormedCardNo(cardNo)).toBe(true);
    const random = lcg(7);
    for (let i = 0; i < 200; i++) {
      const generated = generateCardNo(random);
      expect(generated).toMatch(/^[1-9]\d{9}$/);
      expect(isWellFormedCardNo(generated)).toBe(true);
    }
  });

  it('is random: consecutive cards share no pattern a neighbour could use', () => {
    const random = lcg(42);
    const numbers = Array.from({ length: 1000 }, () => generateCardNo(random));
    expect(new Set(numbers).size).toBe(1000);
    const sorted = numbers.map(Number).sort((a, b) => a - b);
    const gaps = sorted.slice(1).map((n, i) => n - sorted[i]!);
    expect(Math.min(...gaps)).toBeGreaterThan(1);
  });

  it('catches any single mistyped digit and any swap of adjacent different digits', () => {
    const cardNo = cardNoFromBody('471158302');
    for (let i = 0; i < 10; i++) {
      for (let d = 0; d < 10; d++) {
        if (String(d) === cardNo[i]) continue;
        expect(isWellFormedCardNo(cardNo.slice(0, i) + String(d) + cardNo.slice(i + 1))).toBe(false);
      }
    }
    for (let i = 0; i < 9; i++) {
      const [a, b] = [cardNo[i]!, cardNo[i + 1]!];
      if (a === b || (a === '0' && b === '9') || (a === '9' && b === '0')) continue;
      expect(isWellFormedCardNo(cardNo.slice(0, i) + b + a + cardNo.slice(i + 2))).toBe(false);
    }
  });

  it('rejects wrong lengths, letters and a leading zero, and ignores spaces and dashes', () => {
    expect(isWellFormedCardNo('123')).toBe(false);
    expect(isWellFormedCardNo('20260000A4')).toBe(false);
    expect(isWellFormedCardNo('0' + cardNoFromBody('202600001').slice(1))).toBe(false);
    expect(normalizeCardNo(' 2026-00001 4')).toBe('2026000014');
    expect(isWellFormedCardNo(` ${cardNoFromBody('202600001').slice(0, 4)}-${cardNoFromBody('202600001').slice(4)} `)).toBe(true);
  });

  it('makes one-time passwords from characters that cannot be misread', () => {
    const password = generateOneTimePassword(lcg(3));
    expect(password).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
  });
});
