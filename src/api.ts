/**
 * The public API (SPEC 4), frozen, over the gate's parts. Reads are synchronous; a choice is
 * in force, and its events fire, before the manager has written it. While the manager still
 * checks a config it has not seen, choices wait for it (`whenChecked`).
 */
import { everything, parseChoice } from './consent/choice';
import type { ChoiceStates } from './consent/record';
import type { ConsentState } from './consent/consent-state';
import type { Emitter } from './events';
import { describeValue, type Log } from './log';
import type { ManagerLink } from './manager-link';
import type { Consentry, Method, ResolvedConfig, View } from './types';

export interface ApiParts {
  config(): ResolvedConfig;
  /** The config in force is known to be valid. */
  checked(): boolean;
  /** Runs `act` now if the config is known valid, else once the manager has checked it. */
  whenChecked(act: () => void): void;
  state: ConsentState;
  link: ManagerLink;
  on: Emitter['on'];
  log: Log;
  choose(choice: ChoiceStates, method: Method): void;
  reset(): void;
  open(view: View): void;
  /** The language the banner would show, before the manager knows it. */
  language(): string;
  destroy(): void;
}

export function createApi(parts: ApiParts): Consentry {
  const { config, state, link, log, whenChecked } = parts;
  const known = (kind: 'categories' | 'services', name: unknown, method: string) => {
    if (Object.prototype.hasOwnProperty.call(config()[kind], name as string)) return !!state.states[kind][name as string];
    if (parts.checked()) log('warn', `${method}(${describeValue(name)}): not one of the configured ${kind}`);
    return false;
  };
  return Object.freeze({
    get config() {
      return config();
    },
    get: () => state.record,
    accepted: (category: string) => known('categories', category, 'accepted'),
    acceptedService: (id: string) => known('services', id, 'acceptedService'),
    acceptAll: () => whenChecked(() => parts.choose(everything(config(), true), 'accept-all')),
    rejectAll: () => whenChecked(() => parts.choose(everything(config(), false), 'reject-all')),
    set: (choice: unknown, method?: 'custom' | 'api') =>
      whenChecked(() => {
        const parsed = parseChoice(config(), choice, log);
        if (parsed) parts.choose(parsed, method === 'custom' ? method : 'api');
      }),
    reset: () => whenChecked(parts.reset),
    show: () => parts.open('banner'),
    hide: () => link.loaded?.hide(),
    showPreferences: () => parts.open('preferences'),
    on: parts.on,
    get language() {
      return link.loaded?.language ?? parts.language();
    },
    texts: () => link.loaded?.texts() ?? {},
    setLanguage: (code: string) => new Promise<void>((resolve) => link.with((manager) => manager.setLanguage(code).then(resolve))),
    destroy: parts.destroy,
  });
}
