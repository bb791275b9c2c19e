/**
 * The seams between the gate and what it loads lazily: the manager (src/manager/) and the
 * banner (banner/). Types only. The gate hands the manager data and the few commands it
 * may give back; the manager answers the gate's explicit commands; the banner is driven
 * through its controller and acts only through the public API.
 */
import type { ConsentRecord, Consentry, ResolvedConfig, ResolvedService, TextOverrides, View } from '../types';
import type { States } from './consent';
import type { Env } from './env';
import type { Emitter } from './events';
import type { Log } from './log';

/** What the banner chunk gives back once mounted: the manager drives it, it never drives the core. */
export interface UIController {
  /** Shows `view`; a view that must load first (the preference centre) says when it is on screen, or that it did not come. */
  show(view: View): void | Promise<boolean>;
  hide(): void;
  destroy(): void;
}

/** The banner's entry point: receives the public instance, returns its controller. */
export type MountUI = (cmp: Consentry) => UIController;

/** How the UI and the language files are had: the script tag's chunks, or npm's imports. */
export interface UISource {
  loadUI?(config: ResolvedConfig): Promise<MountUI>;
  loadTexts?(language: string, config: ResolvedConfig): Promise<TextOverrides>;
}

/** What the gate hands the manager when it starts it. */
export interface ManagerContext extends UISource {
  env: Env;
  log: Log;
  /** The config as the page gave it. */
  input: unknown;
  /** The config in force; while `checked` is false, the defaults (nothing granted). */
  config: ResolvedConfig;
  checked: boolean;
  /** Consentry's own files are under this URL: a host rule that covers it is named, and never holds them. */
  base?: string;
  /** The public instance, for the UI. */
  cmp: Consentry;
  /** A built-in preset by id (the gate's host table): the validator resolves preset ids with it. */
  preset(id: string): ResolvedService | undefined;
  emit: Emitter['emit'];
}

/** The manager's side: commands, each with the data it needs. */
export interface Manager {
  /** The config, checked in full: the gate runs with it from the manager's start. */
  readonly config: ResolvedConfig;
  /** The visible language (setLanguage() changes it). */
  readonly language: string;
  /** Removes every copy of the stored choice the page can reach (copies on other domains and paths, values that are not one valid choice), then writes `value` again if given. */
  repair(value?: string, expires?: Date): void;
  /** Deletes what the withdrawn names declared (`states`: what is in force now). */
  withdraw(names: string[], states: States): void;
  /** Sends the receipt of a new record to `config.record.endpoint`. */
  receipt(record: ConsentRecord): void;
  open(view: View): void;
  /** Closes what shows; with `only`, only when that view is what shows (a choice closes the banner that asked for it, not a dialog opened since). */
  hide(only?: View): void;
  setLanguage(code: string): Promise<void>;
  texts(): TextOverrides;
  placeholder(iframe: HTMLIFrameElement, label: string, service: string | undefined, loadOnce: () => void, allow: () => void): Promise<HTMLElement | undefined>;
  destroy(): void;
}

export type StartManager = (context: ManagerContext) => Manager;
