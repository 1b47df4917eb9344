import { createApp } from './app.factory.js';
import { shutDownOnSignals } from './common/graceful-shutdown.js';
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
  shutDownOnSignals(app);
  await app.listen({ port: config.PORT, host: config.HOST });
}

await main();
