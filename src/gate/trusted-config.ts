/**
 * The gate's cheap way to a valid config: the manager, after checking a config in full and
 * finding no problem, stores the config it resolved with a hash of the input
 * (src/manager/remember-config.ts); a later page with the same input (and the same
 * Consentry release) takes that config as it is, with no schema and no resolving. The
 * per-response parts, `nonce` and `region`, are left out of the hash and of the stored
 * config, checked here and put back. Anything else — nothing stored, another config,
 * storage that throws, a stored value that does not parse — means "not known to be valid":
 * the manager checks it.
 */
import type { ResolvedConfig } from '../types';
import { VERSION } from '../version';
import type { Env } from './env';
import { checksum } from './hash';
import { TRUSTED_CONFIG_KEY } from './keys';
import { isObject } from './names';
import { resolveMode } from './resolve';

/** The hash of `input` without its per-response keys, or `undefined` when it has none (not JSON-able). */
export function configHash(input: unknown): string | undefined {
  try {
    return checksum(VERSION + JSON.stringify(input ?? {}, function (this: unknown, key, value) {
      return this === input && (key == 'nonce' || key == 'region') ? undefined : value;
    }));
  } catch {
    // A getter that throws, a cycle.
  }
}

/** The config the manager resolved from exactly this input before, for this page's nonce and region; else `undefined`. */
export function trustedConfig({ win }: Env, input: unknown): ResolvedConfig | undefined {
  const { nonce, region } = (isObject(input) ? input : {}) as { nonce?: unknown; region?: unknown };
  const bad = (value: unknown, pattern: RegExp) => value !== undefined && !(typeof value == 'string' && pattern.test(value));
  if (input === null || (input !== undefined && !isObject(input)) || bad(nonce, /^[\w+/=-]{1,200}$/) || bad(region, /^[a-z\d-]{1,16}$/i)) return;
  try {
    const stored = JSON.parse(win.localStorage.getItem(TRUSTED_CONFIG_KEY)!);
    // The hash only when something is stored: a first visit skips it.
    if (!isObject(stored?.config) || stored.hash !== configHash(input)) return;
    const config: ResolvedConfig = { ...stored.config, nonce, region };
    if (config.modes) config.mode = resolveMode(config.modes, region as string | undefined);
    return config;
  } catch {
    // Storage that throws or holds something else: checked in full.
  }
}
