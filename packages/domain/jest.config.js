import { jestConfig } from '@stadtgespraech/jest-config';

// Dates must come out in Berlin time whatever the machine's zone: run far from Berlin and UTC
// unless TZ is set. Workers inherit it, and Node applies the change at once.
process.env.TZ ||= 'Pacific/Kiritimati';

export default jestConfig({ integrationTimeout: 180_000 });
