export * from './locales.js';
export * from './network.js';
