// Database tasks for operators: `migrate`, `revert` (the last migration), `seed` (demo content;
// `--registrations` adds sample registrations to the demo events) and `create-staff` (a staff
// account with a new password, e.g. the first administrator).
import { parseArgs } from 'node:util';
import type { StaffRole } from '@stadtgespraech/domain/staff';
import { DataSource } from 'typeorm';
import { ConfigError, readConfig } from '../config/app-config.js';
import {
  createStaffAccount,
  StaffAccountError,
} from '../modules/staff/accounts/create-staff-account.js';
import { dataSourceOptions } from './data-source-options.js';
import { seedDemoRegistrations } from './seed/demo-registrations.js';
import { DEMO_STAFF } from './seed/demo-staff.seed.js';
import { redateDemoEvents } from './seed/redate-demo-events.js';
import { seedDemoContent } from './seed/seed-demo-content.js';

const [task, ...rest] = process.argv.slice(2);
const USAGE = `Usage: node dist/database/cli.js migrate|revert|seed [--registrations]
       node dist/database/cli.js create-staff --email a@b.de --name "Name" --role administrator|organiser|read_only [--organisation slug …]`;
if (!['migrate', 'revert', 'seed', 'create-staff'].includes(task ?? '')) {
  console.error(USAGE);
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
  } else if (task === 'create-staff') {
    const { values } = parseArgs({
      args: rest,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        organisation: { type: 'string', multiple: true },
      },
    });
    if (!values.email || !values.name || !values.role) {
      console.error(USAGE);
      process.exitCode = 2;
    } else {
      try {
        const { account, password } = await createStaffAccount(dataSource, {
          email: values.email,
          displayName: values.name,
          role: values.role as StaffRole,
          organisations: values.organisation ?? [],
        });
        console.log(`Staff account created: ${account.email} (${account.role})`);
        console.log(`Password (shown only now): ${password}`);
      } catch (error) {
        if (!(error instanceof StaffAccountError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    }
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
    if (rest.includes('--registrations')) {
      const registrations = await seedDemoRegistrations(dataSource);
      if (registrations > 0) console.log(`Sample registrations added: ${registrations}`);
    }
  }
} finally {
  await dataSource.destroy();
}
