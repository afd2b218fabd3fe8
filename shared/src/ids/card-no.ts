import { hasValidLuhnModNCheck, luhnModNCheck, type RandomInt, randomCode } from './check-character.js';

// 报名卡号: nine random digits and a Luhn check digit. Random, so a card number says nothing about its
// neighbours; the check digit catches a number mistyped on a phone before it reaches the server.
const DIGITS = '0123456789';
export const CARD_NO_LENGTH = 10;
const CARD_NO_PATTERN = /^[1-9]\d{9}$/;

/** The full card number for nine body digits (the first not zero). */
export function cardNoFromBody(body: string): string {
  if (!/^[1-9]\d{8}$/.test(body)) throw new RangeError('card number body must be nine digits, the first not zero');
  return body + luhnModNCheck(body, DIGITS);
}

export function generateCardNo(randomInt: RandomInt): string {
  let body = String(1 + randomInt(9));
  while (body.length < CARD_NO_LENGTH - 1) body += String(randomInt(10));
  return cardNoFromBody(body);
}

export function normalizeCardNo(input: string): string {
  return input.replace(/[\s\u3000-]/g, '');
}

export function isWellFormedCardNo(input: string): boolean {
  const cardNo = normalizeCardNo(input);
  return CARD_NO_PATTERN.test(cardNo) && hasValidLuhnModNCheck(cardNo, DIGITS);
}

// One-time passwords avoid characters that are confused when read off a printed list (0/O, 1/I/l).
export const ONE_TIME_PASSWORD_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const ONE_TIME_PASSWORD_LENGTH = 10;

export function generateOneTimePassword(randomInt: RandomInt): string {
  return randomCode(ONE_TIME_PASSWORD_ALPHABET, ONE_TIME_PASSWORD_LENGTH, randomInt);
}
