import { startServer } from './app/app';
import { ConfigError, loadConfig } from './core/config';
import { createLogger } from './core/logger';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  // A stray rejection or exception is logged, never allowed to take the whole server down.
  process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled promise rejection'));
  process.on('uncaughtException', (error) => log.error({ err: error }, 'uncaught exception'));

  const server = await startServer({ config, log });
  const lines = [`Fulcrum is running at ${server.url}`];
  if (server.demoSignIns.length > 0) {
    lines.push('Demo sign-ins (password for all: ' + server.demoSignIns[0].password + '):');
    for (const s of server.demoSignIns) lines.push(`  ${s.email.padEnd(28)} ${s.name}, ${s.role}`);
  }
  console.log(`\n${lines.join('\n')}\n`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: draining requests');
    try {
      await server.close();
      log.info('shutdown complete');
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('Fulcrum could not start:', error);
  process.exit(1);
});
