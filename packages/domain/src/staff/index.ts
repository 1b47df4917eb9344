export * from './staff.js';
export * from './password-policy.js';
export * from './dto/staff-login.dto.js';
export * from './staff-rules.js';
export * from './dto/staff-account.dto.js';
export * from './dto/personal-data-request.dto.js';
