export * from './check-character.js';
export * from './credit-code.js';
export * from './card-no.js';
export * from './certificate-no.js';
