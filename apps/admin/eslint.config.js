import vue from '@stadtgespraech/eslint-config/vue';

export default vue;
