// Starts one throwaway PostgreSQL for the integration project (plain JS: Jest imports it natively,
// and Node strips the types of the tooling script it imports).
import { startThrowawayPostgres } from '@stadtgespraech/scripts/postgres';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return; // an external server given by the developer
  const postgres = await startThrowawayPostgres('stadtgespraech_test');
  process.env.TEST_DATABASE_URL = postgres.url;
  globalThis.__POSTGRES__ = postgres;
}
