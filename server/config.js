// @ts-check
/**
 * The ledger's configuration from the environment, checked: a value that is set but wrong
 * stops the start with a message naming the variable, rather than being quietly replaced
 * by a default.
 */
import { DEFAULT_DATA_DIR, DEFAULT_RATE_LIMIT } from './ledger-server.js';

/** @typedef {import('./ledger-server.js').LedgerOptions} LedgerOptions */

/**
 * @param {string} name
 * @param {string} expected
 * @param {string} value
 * @returns {never}
 */
function fail(name, expected, value) {
  throw new Error(`consentry-ledger: ${name}: expected ${expected}, got ${JSON.stringify(value)}`);
}

/**
 * @param {string} name
 * @param {string | undefined} value
 * @param {{ min: number, max: number }} range
 */
export function integer(name, value, { min, max }) {
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) fail(name, `an integer from ${min} to ${max}`, value);
  return number;
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {LedgerOptions}
 */
export function readConfig(env) {
  /** @param {string} name */
  const get = (name) => (env[name] === '' ? undefined : env[name]);

  /** @type {LedgerOptions['clientIp']} */
  let clientIp = { mode: 'off' };
  const ipMode = get('LEDGER_CLIENT_IP') ?? 'off';
  if (ipMode === 'hash') {
    const key = get('LEDGER_CLIENT_IP_KEY');
    if (key === undefined || key.length < 32) fail('LEDGER_CLIENT_IP_KEY', 'a secret of at least 32 characters when LEDGER_CLIENT_IP=hash', key === undefined ? '' : `${key.length} characters`);
    clientIp = { mode: 'hash', key };
  } else if (ipMode !== 'off') fail('LEDGER_CLIENT_IP', '"off" or "hash"', ipMode);

  let rateLimit = /** @type {LedgerOptions['rateLimit']} */ (DEFAULT_RATE_LIMIT);
  const rate = get('LEDGER_RATE_LIMIT');
  if (rate === 'off') rateLimit = null;
  else if (rate !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(rate);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) fail('LEDGER_RATE_LIMIT', '"<per minute>/<burst>" such as "120/60", or "off"', rate);
    rateLimit = { perMinute: Number(match[1]), burst: Number(match[2]) };
  }

  const trustProxy = get('LEDGER_TRUST_PROXY') ?? '0';
  if (trustProxy !== '0' && trustProxy !== '1') fail('LEDGER_TRUST_PROXY', '"0" or "1"', trustProxy);

  return {
    port: integer('PORT', get('PORT'), { min: 0, max: 65535 }) ?? 8787,
    host: get('HOST') ?? '127.0.0.1',
    dataDir: get('DATA_DIR') ?? DEFAULT_DATA_DIR,
    databaseUrl: get('DATABASE_URL'),
    token: get('LEDGER_TOKEN'),
    allowedOrigins: (get('ALLOWED_ORIGINS') ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    clientIp,
    trustProxy: trustProxy === '1',
    rateLimit,
    retainDays: integer('LEDGER_RETAIN_DAYS', get('LEDGER_RETAIN_DAYS'), { min: 1, max: 36_500 }),
    poolSize: integer('LEDGER_POOL_SIZE', get('LEDGER_POOL_SIZE'), { min: 1, max: 1000 }),
  };
}
