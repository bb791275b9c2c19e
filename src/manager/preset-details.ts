/**
 * What the manager adds to a preset: the first-party cookie names deleted on withdrawal
 * (and listed in the preference centre) and the brand name visitors know, from the
 * generated details table. The gate carries only the presets' hosts and categories.
 */
import { PRESET_IDS, presetService } from '../gating/presets';
import { PRESET_DETAILS } from '../gating/preset-table';
import type { ResolvedConfig, ResolvedService } from '../types';

/** The preset `id` in full, or `undefined` for an unknown id. */
export function presetWithDetails(id: string): ResolvedService | undefined {
  const service = presetService(id);
  if (!service) return;
  const [cookies, label] = PRESET_DETAILS[PRESET_IDS.indexOf(id)]!.split('|') as [string, string];
  return { ...service, label, cookies: cookies ? cookies.split(' ').map((name) => ({ name })) : [] };
}

/** `config` with its preset services in full (a config the gate resolved from the host table alone). */
export function withPresetDetails(config: ResolvedConfig): ResolvedConfig {
  const services: ResolvedConfig['services'] = {};
  for (const [id, service] of Object.entries(config.services)) services[id] = (service.preset && presetWithDetails(service.preset)) || service;
  return { ...config, services };
}
