export * from './organisation.js';
export * from './dto/create-organisation.dto.js';
export * from './dto/update-organisation.dto.js';
