// The keyboard a NutUI Input opens on a phone. NutUI's H5 build turns type 'digit' into a plain text input (a letter
// keyboard) and 'number' into 'tel'; the weapp passes both to WeChat's number keyboards. `nativeProps` reaches the
// <input> of the H5 build (Taro's web component), where inputmode picks the keypad; the weapp ignores it.

/** Whole numbers: a card number, a six-digit code, a count. */
export const DIGITS_KEYBOARD = { type: 'number', nativeProps: { inputMode: 'numeric', pattern: '[0-9]*' } } as const;

/** Numbers with a decimal point: a score, an amount. */
export const DECIMAL_KEYBOARD = { type: 'digit', nativeProps: { inputMode: 'decimal' } } as const;
