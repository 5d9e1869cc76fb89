export * from './locales.js';
export * from './network.js';
export * from './routes.js';
