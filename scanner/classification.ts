// Which source classifies what a scan found, tried in one order: Consentry's preset database,
// then the Open Cookie Database, then Consentry's own names, then the config given to
// --declared. Hosts are classified by the presets only: the dataset knows cookie names, not
// what a host serves. What no source knows stays unclassified: nothing is guessed.
import { classifyCookie as presetCookie, classifyUrl } from './classify';
import { lookupDataset } from './cookie-database';
import type { Classification, CookieSetter, DeclaredClassification, OwnClassification, PresetClassification } from './types';

/** What the --declared config says of a cookie name, if anything. */
export type Declared = (name: string) => DeclaredClassification | undefined;

const OWN: OwnClassification = { source: 'consentry', label: 'Consentry', category: 'necessary' };
/** The consent cookie's default name, and the storage keys Consentry writes (their names: src/gate/keys.ts). */
const isOwnCookie = (name: string) => name === 'consentry';
const isOwnKey = (key: string) => key.startsWith('consentry:');

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};

export function classifyCookie(
  cookie: { name: string; domain: string; party: 'first' | 'third'; setBy?: CookieSetter[] },
  declared: Declared = () => undefined,
): Classification | undefined {
  return (
    presetCookie(cookie) ??
    lookupDataset({ name: cookie.name, domain: cookie.domain, party: cookie.party, setters: (cookie.setBy ?? []).map((setter) => hostOf(setter.url)) }) ??
    (cookie.party === 'first' && isOwnCookie(cookie.name) ? OWN : undefined) ??
    declared(cookie.name)
  );
}

/** A storage key, by the same rules as a cookie of its origin's host; Consentry's own keys by their prefix. */
export function classifyStorage(item: { key: string; origin: string }, party: 'first' | 'third', declared: Declared = () => undefined): Classification | undefined {
  const domain = hostOf(item.origin);
  return (
    presetCookie({ name: item.key, domain, party }) ??
    lookupDataset({ name: item.key, domain, party }) ??
    (party === 'first' && isOwnKey(item.key) ? OWN : undefined) ??
    declared(item.key)
  );
}

/** A third-party host, by the first of its requests a preset knows. */
export const classifyHost = (examples: string[]): PresetClassification | undefined => examples.map(classifyUrl).find(Boolean);
