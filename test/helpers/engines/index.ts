// openEngine(name): the three engines behind one interface (engine.ts), all on the local web.
import { openChromium } from './chromium';
import type { Engine, EngineName } from './engine';
import { openFirefox } from './firefox';
import { openWebkit } from './webkit';

export { ENGINES, type Engine, type EngineName, type EnginePage } from './engine';
export { startWeb, type Web } from './web';
export * from './page';

export function openEngine(name: EngineName, proxy: string): Promise<Engine> {
  return { chromium: openChromium, firefox: openFirefox, webkit: openWebkit }[name](proxy);
}
