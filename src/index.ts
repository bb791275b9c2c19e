/**
 * The npm entry of Consentry: `createConsentry(config)` and the public types. Importing it
 * does nothing; work starts when `createConsentry()` runs in a browser.
 */
import { normalizeConfig } from './config/validate';
import { createInstance } from './consentry';
import { presetService } from './gating/presets';
import { loadManager, loadTexts, loadUI } from './loader/load-banner-module';
import type { Config, Consentry } from './types';

export { validateConfig } from './config/validate';
export type { GateContext, Manager, MountUI, StartManager, UIController } from './consentry';
export type {
  CategoryConfig,
  CategoryTexts,
  Choice,
  Config,
  ConfigIssue,
  ConsentRecord,
  Consentry,
  ConsentryEvents,
  CookieDecl,
  CookieOptions,
  EventName,
  Layout,
  Method,
  Mode,
  ModeMap,
  Position,
  ResolvedCategory,
  ResolvedConfig,
  ResolvedService,
  SameSite,
  ServiceConfig,
  TextOverrides,
  Texts,
  Theme,
  View,
} from './types';

/**
 * Creates the Consentry instance for this page (or returns the one already running).
 * Outside a browser it returns an instance that stores nothing and shows nothing. The
 * banner and language files are imported on demand, so bundlers split them off.
 */
export function createConsentry(config?: Config): Consentry {
  return createInstance(config, {
    loadManager,
    loadUI,
    loadTexts,
    loadDebug: () => import('./debug').then((module) => module.startDebug),
    // Server rendering has no manager: the config is checked here (the gate's part of presets).
    check: (input) => normalizeConfig(input, presetService).config,
  });
}
