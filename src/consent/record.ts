/**
 * Pure consent logic: what is granted before a choice, how a choice updates the record, and
 * which names changed. No storage, no DOM, no clock: `now` and ids come in as arguments.
 */
import { has } from '../config/names';
import type { ConsentRecord, Method, ResolvedConfig } from '../types';

export interface States {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
}

/** A validated choice: only configured names, only booleans. */
export type ChoiceStates = Partial<States>;

export interface ChoiceContext {
  config: ResolvedConfig;
  /** Milliseconds. */
  now: number;
  newId: () => string;
  /** The browser sends Global Privacy Control. */
  gpc: boolean;
  /** The states in force before this choice. */
  current: States;
}

/**
 * What is granted when the visitor has not chosen: read-only categories always; in opt-in
 * mode nothing else; in opt-out and notice modes everything, except `other` (sale and
 * sharing) when the browser sends Global Privacy Control and the config honours it.
 */
export function defaultStates(config: ResolvedConfig, gpc: boolean): States {
  const categories: Record<string, boolean> = {};
  for (const name of Object.keys(config.categories)) {
    categories[name] =
      config.categories[name]!.readOnly || (config.mode !== 'opt-in' && !(name === 'other' && gpc && config.gpc));
  }
  return { categories, services: serviceStates(config, categories) };
}

/** The states in force: the record's, completed with `defaults` for whatever it does not name. */
export function statesOf(record: ConsentRecord | null, defaults: States): States {
  return {
    categories: { ...defaults.categories, ...record?.categories },
    services: { ...defaults.services, ...record?.services },
  };
}

/** `true` when the record names every configured category (a new category means asking again). */
export function coversConfig(record: ConsentRecord, config: ResolvedConfig): boolean {
  return Object.keys(config.categories).every((name) => has(record.categories, name));
}

/**
 * The record after a choice. Categories the choice leaves out keep their state in force;
 * services follow their category when the choice changes it, unless the choice names them
 * one by one. The id and first-choice time survive updates.
 */
export function applyChoice(
  prev: ConsentRecord | null,
  choice: ChoiceStates,
  method: Method,
  { config, now, newId, gpc, current }: ChoiceContext,
): ConsentRecord {
  const categories: Record<string, boolean> = {};
  for (const name of Object.keys(config.categories)) {
    categories[name] = config.categories[name]!.readOnly || (choice.categories?.[name] ?? current.categories[name] ?? false);
  }
  const services: Record<string, boolean> = {};
  for (const id of Object.keys(config.services)) {
    const category = config.services[id]!.category;
    services[id] =
      choice.services?.[id] ??
      (choice.categories?.[category] !== undefined || !(id in current.services)
        ? categories[category]!
        : current.services[id]!);
  }
  // Whole seconds: the stored form keeps seconds, so a reload reads back the same record.
  // Each update gets a later time than the one before, so id + updatedAt names one choice.
  const nowSeconds = Math.max(Math.floor(now / 1000) * 1000, prev ? Date.parse(prev.updatedAt) + 1000 : 0);
  const updatedAt = new Date(nowSeconds).toISOString();
  return {
    id: prev?.id ?? newId(),
    revision: config.revision,
    givenAt: prev?.givenAt ?? updatedAt,
    updatedAt,
    expiresAt: new Date(nowSeconds + Math.round(config.cookie.expiresDays * 86400) * 1000).toISOString(),
    method,
    categories,
    services,
    gpc,
  };
}

/** Names (categories, then services) whose state differs; read-only categories never do. */
export function changedNames(before: States, after: States): string[] {
  const differ = (a: Record<string, boolean>, b: Record<string, boolean>) =>
    Object.keys(b).filter((name) => !!a[name] !== !!b[name]);
  return [...differ(before.categories, after.categories), ...differ(before.services, after.services)];
}

function serviceStates(config: ResolvedConfig, categories: Record<string, boolean>): Record<string, boolean> {
  const services: Record<string, boolean> = {};
  for (const id of Object.keys(config.services)) services[id] = categories[config.services[id]!.category]!;
  return services;
}
