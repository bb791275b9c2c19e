/**
 * The public API (SPEC 4), frozen: reads answer from the states in force, synchronously;
 * choices and views go to the root, which applies them (or queues them while the manager
 * still checks a config it has not seen).
 */
import type { Consentry, Method, ResolvedConfig, TextOverrides, View } from '../types';
import { everything, type Choice, type Transition } from './consent';
import type { Emitter } from './events';
import { describeValue, type Log } from './log';
import { has, isObject } from './names';

export interface ApiParts {
  config(): ResolvedConfig;
  /** The config in force is known to be valid: unknown names deserve a warning. */
  checked(): boolean;
  /** What is in force now. */
  now(): Transition;
  /** Runs `act` now if the config is known valid, else once the manager has checked it. */
  whenChecked(act: () => void): void;
  choose(choice: Choice, method: Method): void;
  reset(): void;
  open(view: View): void;
  hide(): void;
  on: Emitter['on'];
  log: Log;
  language(): string;
  texts(): TextOverrides;
  setLanguage(code: string): Promise<void>;
  destroy(): void;
}

/** `set()`'s argument checked against the config, or `undefined` (said once): a misspelt choice changes nothing. */
export function parseChoice({ categories, services }: ResolvedConfig, input: unknown, log: Log): Choice | undefined {
  const choice = { categories: {} as Record<string, boolean>, services: {} as Record<string, boolean> };
  const take = (entries: object, kind: 'categories' | 'services'): boolean =>
    Object.entries(entries).every(([name, value]) =>
      kind == 'categories' && name == 'services' && isObject(value)
        ? take(value, 'services')
        : has(kind == 'categories' ? categories : services, name) && typeof value == 'boolean' && (value || !categories[name]?.readOnly) && ((choice[kind][name] = value), true),
    );
  if (isObject(input) && take(input, 'categories')) return choice;
  log('error', `set(${describeValue(input)}): expected configured categories (and services) set to true or false, read-only ones never false; nothing changed`);
}

export function createApi(parts: ApiParts): Consentry {
  const { config, now, log, whenChecked, choose } = parts;
  const state = (kind: 'categories' | 'services', name: unknown, method: string) => {
    if (has(config()[kind], name)) return now().states[kind][name]!;
    if (parts.checked()) log('warn', `${method}(${describeValue(name)}): not one of the configured ${kind}`);
    return false;
  };
  return Object.freeze({
    get config() {
      return config();
    },
    get: () => now().record,
    accepted: (category: string) => state('categories', category, 'accepted'),
    acceptedService: (id: string) => state('services', id, 'acceptedService'),
    acceptAll: () => whenChecked(() => choose(everything(config(), true), 'accept-all')),
    rejectAll: () => whenChecked(() => choose(everything(config(), false), 'reject-all')),
    set: (choice: unknown, method?: 'custom' | 'api') =>
      whenChecked(() => {
        const parsed = parseChoice(config(), choice, log);
        if (parsed) choose(parsed, method == 'custom' ? method : 'api');
      }),
    reset: () => whenChecked(parts.reset),
    show: () => parts.open('banner'),
    hide: parts.hide,
    showPreferences: () => parts.open('preferences'),
    on: parts.on,
    get language() {
      return parts.language();
    },
    texts: parts.texts,
    setLanguage: parts.setLanguage,
    destroy: parts.destroy,
  });
}
