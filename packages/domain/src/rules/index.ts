export * from './answers.js';
export * from './error-codes.js';
export * from './event-phase.js';
export * from './registration-window.js';
export * from './capacity.js';
export * from './registration-status.js';
export * from './slug.js';
export * from './date-line.js';
