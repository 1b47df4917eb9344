export * from './registration.js';
export * from './dto/create-registration.dto.js';
export * from './dto/update-registration.dto.js';
export * from './dto/change-registration-status.dto.js';
export * from './dto/add-registration.dto.js';
export * from './dto/staff-registration-list-query.dto.js';
export * from './dto/attendance.dto.js';
export * from './dto/export-registrations-query.dto.js';
