/**
 * The kernel: what is granted, and what a change of record does. Pure: config, record and
 * signals in, plain data out; no storage, no DOM, no clock (`now` and ids are arguments).
 * The composition root applies what `transition()` returns, once, in one fixed order.
 */
import type { ConsentRecord, Method, ResolvedConfig } from '../types';
import { has } from './names';

/** What is in force: every configured category and service, and the categories a record refused. */
export interface States {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  /** Refused by an explicit choice (a `!name` gate runs only then). */
  refused: Record<string, boolean>;
}

/** A checked choice: only configured names, only booleans. */
export interface Choice {
  categories?: Record<string, boolean>;
  services?: Record<string, boolean>;
}

/** A change of record, as data: the root applies it (hold, signals, release, events, the manager's part). */
export interface Transition {
  record: ConsentRecord | null;
  states: States;
  /** Names (categories, then services) whose state differs from before; never a read-only category. */
  changed: string[];
  /** The changed names that are now refused. */
  withdrawn: string[];
}

type Config = Pick<ResolvedConfig, 'categories' | 'services' | 'mode' | 'gpc'>;

/** The one answer to "is this name a category?" (else a service). */
export const isCategory = (config: Pick<ResolvedConfig, 'categories'>, name: string) => has(config.categories, name);

/**
 * The states in force: the record's, completed by what holds without a choice: read-only
 * categories always; in opt-in mode nothing else; in opt-out and notice modes everything but
 * `other` (sale and sharing) when the browser sends Global Privacy Control and the config
 * honours it. Without a record, or where it names none, a service follows its category's default.
 */
export function statesOf(config: Config, record: ConsentRecord | null, gpc: boolean): States {
  const byDefault = (name: string) => config.categories[name]!.readOnly || (config.mode != 'opt-in' && !(name == 'other' && gpc && config.gpc));
  const categories: Record<string, boolean> = {};
  const services: Record<string, boolean> = {};
  const refused: Record<string, boolean> = {};
  for (const name in config.categories) {
    categories[name] = record?.categories[name] ?? byDefault(name);
    refused[name] = record?.categories[name] === false;
  }
  for (const id in config.services) services[id] = record?.services[id] ?? byDefault(config.services[id]!.category);
  // Frozen: they are handed to vendors (the dataLayer) and listeners, who must not change what is in force.
  return { categories: Object.freeze(categories), services: Object.freeze(services), refused };
}

/** What putting `record` in force changes, from `before`. */
export function transition(config: Config, before: States, record: ConsentRecord | null, gpc: boolean): Transition {
  const states = statesOf(config, record, gpc);
  const changed: string[] = [];
  for (const kind of ['categories', 'services'] as const) for (const name in states[kind]) if (!before[kind][name] != !states[kind][name]) changed.push(name);
  return { record, states, changed, withdrawn: changed.filter((name) => !(isCategory(config, name) ? states.categories : states.services)[name]) };
}

/** `true` when the record names every configured category (a new category means asking again). */
export const coversConfig = (record: ConsentRecord, config: Pick<ResolvedConfig, 'categories'>) => Object.keys(config.categories).every((name) => has(record.categories, name));

/** Every category and service on (Accept all) or off (Reject all). */
export function everything(config: Pick<ResolvedConfig, 'categories' | 'services'>, on: boolean): Choice {
  const each = (names: object) => Object.fromEntries(Object.keys(names).map((name) => [name, on]));
  return { categories: each(config.categories), services: each(config.services) };
}

/**
 * The record after a choice. Categories the choice leaves out keep their state in force;
 * services follow their category when the choice changes it, unless the choice names them
 * one by one. The id and first-choice time survive updates.
 */
export function applyChoice(
  config: Pick<ResolvedConfig, 'categories' | 'services' | 'revision' | 'cookie'>,
  { record: prev, states: current }: Pick<Transition, 'record' | 'states'>,
  choice: Choice,
  method: Method,
  gpc: boolean,
  /** Milliseconds. */
  now: number,
  newId: () => string,
): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (const name in config.categories) categories[name] = config.categories[name]!.readOnly || (choice.categories?.[name] ?? current.categories[name] ?? false);
  const services: Record<string, boolean> = {};
  for (const id in config.services) {
    const category = config.services[id]!.category;
    services[id] = choice.services?.[id] ?? (choice.categories?.[category] !== undefined || !(id in current.services) ? categories[category]! : current.services[id]!);
  }
  // Whole seconds: the stored form keeps seconds, so a reload reads back the same record.
  // Each update gets a later time than the one before, so id + updatedAt names one choice.
  const seconds = Math.max(Math.floor(now / 1000) * 1000, prev ? Date.parse(prev.updatedAt) + 1000 : 0);
  const updatedAt = new Date(seconds).toISOString();
  return freeze({
    id: prev?.id ?? newId(),
    revision: config.revision,
    givenAt: prev?.givenAt ?? updatedAt,
    updatedAt,
    expiresAt: new Date(seconds + Math.round(config.cookie.expiresDays * 86400) * 1000).toISOString(),
    method,
    categories,
    services,
    gpc,
  });
}

/** A record the page cannot edit: it is shared with every listener. */
export const freeze = (record: ConsentRecord): ConsentRecord => (Object.freeze(record.categories), Object.freeze(record.services), Object.freeze(record));
