// 报名卡号: the campaign year, a five-digit serial and a Luhn check digit, ten digits in all,
// so a card number mistyped on a phone keyboard is caught before it reaches the server.
export const CARD_NO_PATTERN = /^\d{10}$/;
export const CARD_SERIAL_MAX = 99_999;

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function formatCardNo(year: number, serial: number): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError('year out of range');
  if (!Number.isInteger(serial) || serial < 1 || serial > CARD_SERIAL_MAX) throw new RangeError('serial out of range');
  const body = `${year}${String(serial).padStart(5, '0')}`;
  return body + String(luhnDigit(body));
}

export function normalizeCardNo(input: string): string {
  return input.replace(/[\s\u3000-]/g, '');
}

export function isWellFormedCardNo(input: string): boolean {
  const cardNo = normalizeCardNo(input);
  if (!CARD_NO_PATTERN.test(cardNo)) return false;
  return luhnDigit(cardNo.slice(0, 9)) === Number(cardNo.charAt(9));
}

export function cardNoYear(cardNo: string): number {
  return Number(normalizeCardNo(cardNo).slice(0, 4));
}

// One-time passwords avoid characters that are confused when read off a printed list (0/O, 1/I/l).
export const ONE_TIME_PASSWORD_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ONE_TIME_PASSWORD_LENGTH = 10;
