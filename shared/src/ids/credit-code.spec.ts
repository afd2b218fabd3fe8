import { describe, expect, it } from '@jest/globals';
import { checkCreditCode, creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from './credit-code.js';

describe('统一社会信用代码', () => {
  it('accepts codes whose 18th character is the GB 32100 check character', () => {
    for (const code of ['91350100M000100Y43', '91110000100006485K', '91310000775785552L']) {
      expect(checkCreditCode(code)).toBeNull();
    }
  });

  it('rejects a code with one character changed, naming the check character', () => {
    expect(checkCreditCode('91350100M000100Y44')).toBe('check');
    expect(checkCreditCode('91350100M000100Z43')).toBe('characters');
  });

  it('names what is wrong: empty, length, characters outside the alphabet', () => {
    expect(checkCreditCode('')).toBe('empty');
    expect(checkCreditCode('91350100M000100Y4')).toBe('length');
    expect(checkCreditCode('91350100M0001O0Y43')).toBe('characters');
  });

  it('accepts lower case and spaces as typed on a phone', () => {
    expect(normalizeCreditCode(' 91350100m000100y43 ')).toBe('91350100M000100Y43');
    expect(isValidCreditCode('9135 0100 m000 100y43')).toBe(true);
  });

  it('computes a check character of 0 when the weighted sum is a multiple of 31', () => {
    const body = '91350100M000100Y4';
    const check = creditCodeCheckChar(body);
    expect(isValidCreditCode(body + check)).toBe(true);
    expect(() => creditCodeCheckChar('9135010OM000100Y4')).toThrow(RangeError);
  });
});
