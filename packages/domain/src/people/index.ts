export * from './person.js';
export * from './dto/create-person.dto.js';
export * from './dto/update-person.dto.js';
