// Database tasks for operators: `migrate`, `revert` (the last migration) and `seed` (demo content).
import { DataSource } from 'typeorm';
import { ConfigError, readConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';
import { DEMO_STAFF } from './seed/demo-staff.seed.js';
import { redateDemoEvents } from './seed/redate-demo-events.js';
import { seedDemoContent } from './seed/seed-demo-content.js';

const [task] = process.argv.slice(2);
if (!['migrate', 'revert', 'seed'].includes(task ?? '')) {
  console.error('Usage: node dist/database/cli.js migrate|revert|seed');
  process.exit(2);
}

let config;
try {
  config = readConfig();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const dataSource = await new DataSource(dataSourceOptions(config)).initialize();
try {
  if (task === 'migrate') {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(
      applied.length
        ? `Applied ${applied.map((m) => m.name).join(', ')}`
        : 'Database schema is up to date.',
    );
  } else if (task === 'revert') {
    await dataSource.undoLastMigration({ transaction: 'each' });
    console.log('Reverted the last migration.');
  } else {
    const { inserted } = await seedDemoContent(dataSource);
    const added = Object.entries(inserted).filter(([, n]) => n > 0);
    console.log(
      added.length
        ? `Demo content added: ${added.map(([k, n]) => `${n} ${k}`).join(', ')}`
        : 'Demo content is already loaded.',
    );
    console.log('Demo staff accounts for the admin app (e-mail / password):');
    for (const account of DEMO_STAFF) {
      console.log(`  ${account.role.padEnd(14)} ${account.email} / ${account.password}`);
    }
    const moved = await redateDemoEvents(dataSource);
    if (moved > 0) console.log(`Demo events moved back to their dates relative to today: ${moved}`);
  }
} finally {
  await dataSource.destroy();
}
