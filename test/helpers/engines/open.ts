// openEngine(name, proxy): one of the three engines behind the common interface (engine.ts).
import { openChromium } from './chromium';
import type { Engine, EngineName } from './engine';
import { openFirefox } from './firefox';
import { openWebkit } from './webkit';

export function openEngine(name: EngineName, proxy: string): Promise<Engine> {
  return { chromium: openChromium, firefox: openFirefox, webkit: openWebkit }[name](proxy);
}
