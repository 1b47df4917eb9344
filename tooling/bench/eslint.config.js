import base from '@stadtgespraech/eslint-config/base';

export default base;
