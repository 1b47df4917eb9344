import { jestConfig } from '@stadtgespraech/jest-config';

export default jestConfig();
