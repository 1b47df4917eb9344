export * from './registration.js';
export * from './dto/create-registration.dto.js';
export * from './dto/update-registration.dto.js';
export * from './dto/update-registration-status.dto.js';
