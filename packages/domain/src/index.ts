export * from './common/index.js';
export * from './events/index.js';
export * from './organisations/index.js';
export * from './people/index.js';
export * from './registrations/index.js';
export * from './rules/index.js';
export * from './communication/index.js';
export * from './portal/index.js';
