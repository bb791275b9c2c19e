/**
 * The seams between the gate and what it loads lazily: the manager (src/manager/) and the
 * banner (banner/). Types only: the gate hands the manager its context, the manager hands
 * back what the gate asks of it, and the banner is driven through its controller.
 */
import type { Emitter } from './events';
import type { Env } from './env';
import type { CookieJar } from './consent/cookie-jar';
import type { Gating } from './gating/gating';
import type { Log } from './log';
import type { ConsentRecord, Consentry, ResolvedConfig, TextOverrides, View } from './types';

/** What the banner chunk gives back once mounted: the manager drives it, it never drives the core. */
export interface UIController {
  /** Shows `view`; a view that must load first (the preference centre) says when it is on screen, or that it did not come. */
  show(view: View): void | Promise<boolean>;
  hide(): void;
  destroy(): void;
}

/**
 * The banner's entry point: receives the public instance (and, from the script tag, a loader
 * for the presets' texts), returns its controller.
 */
export type MountUI = (cmp: Consentry, loadPresets?: () => Promise<any>) => UIController;

/** What the gate hands the manager: the browser, the raw config, the API and the gate's own seams. */
export interface GateContext {
  /** The config in force is known to be valid. */
  readonly configured: boolean;
  env: Env;
  log: Log;
  /** The config as the page gave it. */
  input: unknown;
  api: Consentry;
  emit: Emitter['emit'];
  jar: CookieJar;
  gating: Gating;
  /** The stored choice changed outside this page (another tab, a cleanup): read it again. */
  refresh(): void;
  /** Languages the UI may load, and how (the script tag's chunks or npm's imports). */
  loadUI?: (config: ResolvedConfig) => Promise<MountUI>;
  loadTexts?: (language: string, config: ResolvedConfig) => Promise<TextOverrides>;
}

/** The manager's side of the seam (src/manager/manager.ts). */
export interface Manager {
  /** The config, checked in full: the gate runs with it from the manager's start. */
  readonly config: ResolvedConfig;
  /** The visible language (setLanguage() changes it). */
  readonly language: string;
  /** The choice, encoded, when cookies could not keep it: it holds for the page. */
  readonly memory: string | undefined;
  /** Writes (or, with `null`, deletes) the stored choice, tells the other tabs, sends the receipt. */
  persist(record: ConsentRecord | null): void;
  /** Deletes what the withdrawn names declared, and reloads when their scripts already ran. */
  withdraw(names: string[]): void;
  /** Removes stored values that are not one valid choice (edited, expired, copies that disagree). */
  clean(values: string[]): void;
  open(view: View): void;
  hide(): void;
  setLanguage(code: string): Promise<void>;
  texts(): TextOverrides;
  placeholder(iframe: HTMLIFrameElement, label: string, service: string | undefined, loadOnce: () => void, allow: () => void): Promise<HTMLElement | undefined>;
  destroy(): void;
}

export type StartManager = (gate: GateContext) => Manager;
