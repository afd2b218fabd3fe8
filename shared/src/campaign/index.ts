export * from './campaign-settings.js';
