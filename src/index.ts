/**
 * The npm entry of Consentry: `createConsentry(config)` and the public types. Importing it
 * does nothing; work starts when `createConsentry()` runs in a browser. The gate is the same
 * as the script tag's; the manager, the banner, debug mode and each language are
 * `import()`ed when a visit needs them, so bundlers split them off.
 */
import { startGate } from './gate/gate';
import { loadDebug, loadManager, loadTexts, loadUI } from './loader/npm-chunks';
import type { Config, Consentry } from './types';

export { validateConfig } from './manager/validate';
export type { Manager, ManagerContext, MountUI, StartManager, UIController } from './gate/seams';
export { mergeTexts } from './manager/texts';
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
 * Outside a browser it returns an instance that stores nothing and shows nothing.
 */
export function createConsentry(config?: Config): Consentry {
  return startGate(config, {
    loadManager,
    loadUI,
    loadTexts,
    loadDebug,
    // The banner (and the preference centre it imports) start coming beside the manager.
    prefetch: () => void loadUI().catch(() => {}),
  });
}
