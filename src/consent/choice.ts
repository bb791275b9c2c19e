/**
 * What `set()`, `acceptAll()` and `rejectAll()` ask for, as a checked choice. Pure, but for
 * the report: any misspelt name or non-boolean makes the whole choice change nothing.
 */
import { has } from '../config/names';
import { describeValue, type Log } from '../log';
import type { ResolvedConfig } from '../types';
import type { ChoiceStates } from './record';

/** `set()`'s argument checked against the config, or `undefined` (reported) when any part is wrong. */
export function parseChoice(config: ResolvedConfig, input: unknown, log: Log): ChoiceStates | undefined {
  const choice = { categories: {}, services: {} } as Required<ChoiceStates>;
  let ok = !!input && typeof input === 'object';
  const take = (entries: object, kind: 'categories' | 'services') => {
    for (const [name, value] of Object.entries(entries)) {
      if (kind === 'categories' && name === 'services' && value && typeof value === 'object') take(value, 'services');
      else if (has(config[kind], name) && typeof value === 'boolean' && (value || !config.categories[name]?.readOnly)) choice[kind][name] = value;
      else {
        ok = false;
        log('error', `set(): ${kind}.${name}: expected true or false for one of ${Object.keys(config[kind])}, got ${describeValue(value)}`);
      }
    }
  };
  if (ok) take(input as object, 'categories');
  else log('error', `set(${describeValue(input)}): expected an object such as { analytical: true }`);
  return ok ? choice : undefined;
}

/** Every category and service on (Accept all) or off (Reject all). */
export function everything(config: ResolvedConfig, on: boolean): ChoiceStates {
  const each = (names: object) => Object.fromEntries(Object.keys(names).map((name) => [name, on]));
  return { categories: each(config.categories), services: each(config.services) };
}
