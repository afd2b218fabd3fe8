// async-validator (inside NutUI Form) logs every failed rule with console.warn unless this global exists.
(globalThis as { ASYNC_VALIDATOR_NO_WARNING?: boolean }).ASYNC_VALIDATOR_NO_WARNING = true;

// NutUI's icon package sets `-webkitMask` inline (valid in browsers); React's dev build complains about the casing.
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('Unsupported style property %s') && args[1] === '-webkitMask') return;
  if (typeof args[0] === 'string' && args[0].includes('Unsupported style property -webkitMask')) return;
  consoleError(...args);
};
