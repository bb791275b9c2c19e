/**
 * The write half of the gate's trusted config (src/gate/trusted-config.ts reads it): after
 * checking a config in full, the manager stores the config it resolved with a hash of the
 * input, or forgets it when the check found a problem (every page then checks again, and
 * says so).
 */
import type { Env } from '../gate/env';
import { TRUSTED_CONFIG_KEY } from '../gate/keys';
import { configHash } from '../gate/trusted-config';
import type { ResolvedConfig } from '../types';

export function rememberConfig({ win }: Env, input: unknown, config: ResolvedConfig | undefined): void {
  try {
    const hash = configHash(input);
    if (config && hash) win.localStorage.setItem(TRUSTED_CONFIG_KEY, JSON.stringify({ hash, config: { ...config, nonce: undefined, region: undefined } }));
    else win.localStorage.removeItem(TRUSTED_CONFIG_KEY);
  } catch {
    // No storage (or no room): every page checks the config in full.
  }
}
