/**
 * The consent in force: the record, the states it grants, and how they change. It reads the
 * stored choice (exactly one valid value, or none), puts a record in force and tells every
 * listener what changed. What must be written or undone is handed to `effects`, the
 * manager's side: this module neither writes nor decides about the UI.
 */
import { decodeRecord } from './codec';
import { applyChoice, changedNames, defaultStates, statesOf, type ChoiceStates, type States } from './record';
import type { Emitter } from '../events';
import type { GateStates } from '../gating/gating';
import type { ConsentRecord, Method, ResolvedConfig } from '../types';

export interface ConsentEffects {
  /** Hands the states in force to gating: with `release`, it also releases what they allow. */
  gate(states: GateStates, release: boolean): void;
  /** Consent Mode's update: a withdrawal goes out after gating holds, a grant before its scripts run. */
  signal(): void;
  /** Stored values that are not one valid choice (edited, expired, copies that disagree): remove them. */
  clean(values: string[]): void;
  /** Identical copies of a valid choice (a host and a parent domain): keep one cookie. */
  dedupe(record: ConsentRecord): void;
  withdraw(names: string[]): void;
}

export interface ConsentDeps {
  config(): ResolvedConfig;
  /** Every stored value of the choice (none where storage throws). */
  stored(): string[];
  gpc: boolean;
  now(): number;
  newId(): string;
  emit: Emitter['emit'];
  effects: ConsentEffects;
}

export type ConsentState = ReturnType<typeof createConsentState>;

export function createConsentState({ config, stored, gpc, now, newId, emit, effects }: ConsentDeps) {
  let record: ConsentRecord | null = null;
  let states: States = { categories: {}, services: {} };
  /** The stored value `record` came from: an outside change is a different value. */
  let storedValue: string | undefined;

  /** The stored record; anything that is not exactly one valid choice is `null`, and removed. */
  function read(): ConsentRecord | null {
    const values = stored();
    storedValue = values[0];
    const found = decodeRecord(values[0], { ...config(), now: now() });
    if (found && values.every((value) => value === values[0])) {
      if (values[1]) effects.dedupe(found);
      return freeze(found);
    }
    if (values[0]) effects.clean(values);
    return null;
  }

  /** Puts `next` in force: its states at once (held hosts refuse from now on), and with `release` what they allow. */
  function enforce(next: ConsentRecord | null, release = true) {
    record = next;
    states = statesOf(next, defaultStates(config(), gpc));
    const refused: Record<string, boolean> = {};
    for (const name in next?.categories) refused[name] = !next!.categories[name];
    effects.gate({ ...states, refused }, release);
  }

  /** Makes `next` the record in force and tells every listener what changed. */
  function commit(next: ConsentRecord | null) {
    const before = states;
    // A withdrawal holds at once, before any vendor hears of it (a tag answering Consent
    // Mode's update with a beacon); Consent Mode hears of a grant before its scripts run.
    enforce(next, false);
    const changed = changedNames(before, states);
    if (changed[0]) effects.signal();
    enforce(next);
    if (next) emit('consent', next);
    if (changed[0]) emit('change', { record: next, changed });
    const { categories } = config();
    const withdrawn = changed.filter((name) => !(Object.prototype.hasOwnProperty.call(categories, name) ? states.categories : states.services)[name]);
    if (withdrawn[0]) effects.withdraw(withdrawn);
  }

  return {
    get record() {
      return record;
    },
    get states() {
      return states;
    },
    /** Reads the stored choice and puts it in force. */
    load: () => enforce(read()),
    /** Puts a new choice in force and returns its record. */
    choose(choice: ChoiceStates, method: Method): ConsentRecord {
      const next = freeze(applyChoice(record, choice, method, { config: config(), now: now(), newId, gpc, current: states }));
      storedValue = undefined;
      commit(next);
      return next;
    },
    /** No choice any more (reset). */
    clear() {
      storedValue = undefined;
      commit(null);
    },
    /** Reads the stored choice again (another tab, the back/forward cache); `true` when it changed. */
    reread(): boolean {
      const before = storedValue;
      const next = read();
      if (storedValue === before && (next?.updatedAt ?? '') === (record?.updatedAt ?? '')) return false;
      commit(next);
      return true;
    },
  };
}

/** A record the page cannot edit: it is shared with every listener. */
function freeze(record: ConsentRecord): ConsentRecord {
  Object.freeze(record.categories);
  Object.freeze(record.services);
  return Object.freeze(record);
}
