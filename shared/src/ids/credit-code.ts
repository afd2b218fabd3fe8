// 统一社会信用代码 (GB 32100-2015): 18 characters, the last one a check character over the first 17.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type CreditCodeProblem = 'empty' | 'length' | 'characters' | 'check';

/** Upper-cases and strips spaces, so what a person types on a phone compares equal to the printed code. */
export function normalizeCreditCode(input: string): string {
  return input.replace(/[\s\u3000]/g, '').toUpperCase();
}

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`invalid credit code character at ${i}`);
    sum += value * WEIGHTS[i]!;
  }
  return CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** Returns null when the code is valid, otherwise what is wrong with it. */
export function checkCreditCode(input: string): CreditCodeProblem | null {
  const code = normalizeCreditCode(input);
  if (code.length === 0) return 'empty';
  if (code.length !== 18) return 'length';
  if (!SHAPE.test(code)) return 'characters';
  return creditCodeCheckChar(code.slice(0, 17)) === code.charAt(17) ? null : 'check';
}

export function isValidCreditCode(input: string): boolean {
  return checkCreditCode(input) === null;
}

export const CREDIT_CODE_PROBLEM_TEXT: Record<CreditCodeProblem, string> = {
  empty: '请填写统一社会信用代码',
  length: '统一社会信用代码应为 18 位',
  characters: '统一社会信用代码含有不允许的字符（不使用 I、O、Z、S、V）',
  check: '统一社会信用代码校验位不正确，请核对后重新输入',
};
