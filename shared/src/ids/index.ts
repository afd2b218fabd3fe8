export * from './credit-code.js';
export * from './card-no.js';
