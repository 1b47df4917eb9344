import domain from '@stadtgespraech/eslint-config/domain';

export default domain;
