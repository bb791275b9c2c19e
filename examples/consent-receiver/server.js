// @ts-check
/**
 * `node examples/consent-receiver/server.js` (or `npm run receiver`): reads the environment
 * and starts the reference receiver. Configuration only; the server is in receiver.js.
 */
import { fileURLToPath } from 'node:url';
import { startReceiver } from './receiver.js';

const env = process.env;
const port = Number(env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`consent-receiver: PORT: expected a port number, got ${JSON.stringify(env.PORT)}`);
  process.exit(1);
}

try {
  const receiver = await startReceiver({
    port,
    host: env.HOST ?? '127.0.0.1',
    // Next to this file by default, wherever the command is run from.
    dataDir: env.DATA_DIR ?? fileURLToPath(new URL('./data', import.meta.url)),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  });
  console.log(`consent-receiver: listening on ${receiver.url} (POST /records, GET /export, GET /health)`);
  // Let the write in progress finish, so a stop never leaves half a line.
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.once(signal, () => receiver.close().then(() => process.exit(0)));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
