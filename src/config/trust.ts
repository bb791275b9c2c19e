/**
 * The gate's cheap way to a valid config: the manager, after checking a config in full and
 * finding no problem, stores the config it resolved with a hash of the input; a later page
 * with the same input (and the same Consentry release) takes that config as it is, with no
 * schema and no resolving. The per-response parts, `nonce` and `region`, are left out of the
 * hash and of the stored config, checked here and put back. Anything else — nothing stored,
 * another config, storage that throws, a stored value that does not parse — means "not
 * known to be valid": the manager checks it.
 */
import type { Env } from '../env';
import type { ResolvedConfig } from '../types';
import { checksum } from '../consent/codec';
import { VERSION } from '../version';
import { isObject } from './names';
import { resolveMode } from './resolve';

const KEY = 'consentry:valid-config';

/** The hash of `input` without its per-response keys, or `undefined` when it has none (not JSON-able). */
export function configHash(input: unknown): string | undefined {
  try {
    const text = JSON.stringify(input ?? {}, function (this: unknown, key, value) {
      return this === input && (key === 'nonce' || key === 'region') ? undefined : value;
    });
    return checksum(VERSION + text);
  } catch {
    return; // a getter that throws, a cycle
  }
}

/** The config the manager resolved from exactly this input before, for this page's nonce and region; else `undefined`. */
export function trustedConfig({ win }: Env, input: unknown): ResolvedConfig | undefined {
  const raw = (isObject(input) ? input : {}) as { nonce?: unknown; region?: unknown };
  const { nonce, region } = raw;
  const bad = (value: unknown, pattern: RegExp) => value !== undefined && !(typeof value === 'string' && pattern.test(value));
  if (input === null || (input !== undefined && !isObject(input)) || bad(nonce, /^[\w+/=-]{1,200}$/) || bad(region, /^[a-z\d-]{1,16}$/i)) return;
  try {
    const stored = JSON.parse(win.localStorage.getItem(KEY)!);
    if (stored?.hash !== configHash(input) || !isObject(stored.config)) return;
    const config: ResolvedConfig = { ...stored.config, nonce, region };
    if (config.modes) config.mode = resolveMode(config.modes, region as string | undefined);
    return config;
  } catch {
    // Storage that throws or holds something else: checked in full.
  }
}

/** Remembers the config the manager resolved from `input`, or (`undefined`: it had a problem) forgets it. */
export function rememberValid({ win }: Env, input: unknown, config: ResolvedConfig | undefined): void {
  try {
    const hash = configHash(input);
    if (config && hash) win.localStorage.setItem(KEY, JSON.stringify({ hash, config: { ...config, nonce: undefined, region: undefined } }));
    else win.localStorage.removeItem(KEY);
  } catch {
    // No storage (or no room): every page checks the config in full.
  }
}
