import { createApp } from './app.factory.js';
import { ConfigError, readConfig } from './config/app-config.js';

async function main() {
  let config;
  try {
    config = readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
}

await main();
