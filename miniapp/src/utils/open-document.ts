// Platform files: open-document.weapp.ts (downloadFile + openDocument) and open-document.h5.ts (new tab).
// This one is what type checking and the jsdom tests see.
export * from './open-document.h5';
