import base from '@stadtgespraech/eslint-config/base';

export default [...base, { ignores: ['src/schema.ts'] }];
