// A Nest application context with only the given feature modules, on its own database:
// for job and mail tests that need neither HTTP nor the other features.
import type { DynamicModule, INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { loadConfig, type AppConfig } from '../src/config/app-config.js';
import { ConfigModule } from '../src/config/config.module.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { JobsModule } from '../src/modules/jobs/jobs.module.js';
import { createScratchDatabase, migratedDataSource, testDatabaseUrl } from './test-app.js';

/** A migrated scratch database and a test config on it with fast job retries and polling. */
export async function scratchConfig(
  prefix: string,
  env: Record<string, string> = {},
): Promise<AppConfig> {
  const database = await createScratchDatabase(prefix);
  await (await migratedDataSource(database)).destroy();
  return loadConfig({
    DATABASE_URL: testDatabaseUrl(database),
    NODE_ENV: 'test',
    JOBS_RETRY_DELAY_SECONDS: '1',
    JOBS_POLLING_MS: '500',
    ...env,
  });
}

class ContextModule {}

/** Starts config, database, the job queue and `imports`; `close()` shuts them down gracefully. */
export async function createContext(
  config: AppConfig,
  imports: ModuleMetadata['imports'] = [],
  providers: ModuleMetadata['providers'] = [],
): Promise<INestApplicationContext> {
  const root: DynamicModule = {
    module: ContextModule,
    imports: [
      ConfigModule.forRoot(config),
      TypeOrmModule.forRoot(dataSourceOptions(config)),
      JobsModule,
      ...imports,
    ],
    providers,
  };
  return NestFactory.createApplicationContext(root, { logger: false });
}
