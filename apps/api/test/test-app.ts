import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/app-config.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { seedDemoContent } from '../src/database/seed/seed-demo-content.js';

export function testDatabaseUrl(database?: string): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error(
      'TEST_DATABASE_URL is not set: run the integration project (global setup starts PostgreSQL)',
    );
  if (!database) return url;
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Tests write rows and read them back at once; the public cache hears of such writes a moment
 * later, so it is off unless a test turns it on (public-cache.integration-spec.ts).
 */
export const testConfig = (database?: string, overrides: Record<string, string> = {}) =>
  loadConfig({
    DATABASE_URL: testDatabaseUrl(database),
    NODE_ENV: 'test',
    PUBLIC_CACHE_SECONDS: '0',
    ...overrides,
  });

/** A data source on the test database, migrated. */
export async function migratedDataSource(database?: string): Promise<DataSource> {
  const dataSource = await new DataSource(dataSourceOptions(testConfig(database))).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  return dataSource;
}

/**
 * Starts the app in-process on a database of its own (migrated, with the demo content), so that
 * jobs and rows of one spec file never leak into another.
 */
export async function createSeededApp(
  overrides: Record<string, string> = {},
): Promise<NestFastifyApplication> {
  const database = await createScratchDatabase('app');
  const dataSource = await migratedDataSource(database);
  await seedDemoContent(dataSource);
  await dataSource.destroy();
  const app = await createApp(testConfig(database, overrides));
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** Creates an empty database in the test cluster and returns its name. */
export async function createScratchDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = await new DataSource({
    type: 'postgres',
    url: testDatabaseUrl('postgres'),
  }).initialize();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.destroy();
  return name;
}
