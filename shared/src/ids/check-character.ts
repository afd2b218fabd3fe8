// Luhn mod N (the Luhn algorithm generalised to any alphabet): catches every single mistyped character
// and every swap of two adjacent different characters, except a swap of the alphabet's first and last.
export function luhnModNCheck(body: string, alphabet: string): string {
  const n = alphabet.length;
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const code = alphabet.indexOf(body.charAt(i));
    if (code < 0) throw new RangeError(`character ${body.charAt(i)} is not in the alphabet`);
    let addend = factor * code;
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / n) + (addend % n);
    sum += addend;
  }
  return alphabet.charAt((n - (sum % n)) % n);
}

export function hasValidLuhnModNCheck(value: string, alphabet: string): boolean {
  if (value.length < 2) return false;
  for (const ch of value) if (!alphabet.includes(ch)) return false;
  return luhnModNCheck(value.slice(0, -1), alphabet) === value.charAt(value.length - 1);
}

/** A source of uniform random integers in [0, maxExclusive): the server passes crypto.randomInt. */
export type RandomInt = (maxExclusive: number) => number;

/** A code of `length` characters drawn uniformly from `alphabet`. */
export function randomCode(alphabet: string, length: number, randomInt: RandomInt): string {
  let code = '';
  for (let i = 0; i < length; i++) code += alphabet.charAt(randomInt(alphabet.length));
  return code;
}
