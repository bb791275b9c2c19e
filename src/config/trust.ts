/**
 * The gate's cheap way to know a config is valid: the manager, after checking it fully and
 * finding no problem, stores a hash of it; a later page with the same config (and the same
 * Consentry release) skips the schema. The per-response parts, `nonce` and `region`, are
 * left out of the hash and checked here. Anything else — no stored hash, another config,
 * storage that throws — means "not known to be valid": the manager checks it.
 */
import type { Env } from '../env';
import { checksum } from '../consent/codec';
import { VERSION } from '../version';
import { isObject } from './names';

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

/** `true` when the manager found exactly this config valid before. */
export function isTrusted({ win }: Env, input: unknown): boolean {
  const raw = (isObject(input) ? input : {}) as { nonce?: unknown; region?: unknown };
  const bad = (value: unknown, pattern: RegExp) => value !== undefined && !(typeof value === 'string' && pattern.test(value));
  if (bad(raw.nonce, /^[\w+/=-]{1,200}$/) || bad(raw.region, /^[a-z\d-]{1,16}$/i)) return false;
  try {
    return input !== null && (input === undefined || isObject(input)) && win.localStorage.getItem(KEY) === configHash(input);
  } catch {
    return false;
  }
}

/** Remembers (or forgets) that `input` is valid; called by the manager after a full check. */
export function rememberValid({ win }: Env, input: unknown, valid: boolean): void {
  try {
    const hash = configHash(input);
    if (valid && hash) win.localStorage.setItem(KEY, hash);
    else win.localStorage.removeItem(KEY);
  } catch {
    // No storage: every page checks the config in full.
  }
}
