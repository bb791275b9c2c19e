// Entry of dist/consentry-banner.js: hands the mount function to consentry.js in a window
// event (see src/loader/load-script.ts), so the chunk defines no global of its own. The
// presets' texts, when the config uses presets, come from consentry-presets.js beside it.
import type { Consentry } from '../src/index';
import { mountBanner } from './mount';
import type { PresetTexts } from './preset-texts';

// Read now: currentScript is this chunk only while it runs.
const self = document.currentScript;
const base = self instanceof HTMLScriptElement ? self.src : document.baseURI;

function loadPresets(nonce: string | undefined): Promise<PresetTexts> {
  return new Promise((resolve, reject) => {
    addEventListener('consentry:presets', (event) => resolve((event as CustomEvent<PresetTexts>).detail), { once: true });
    const script = document.createElement('script');
    script.src = new URL('consentry-presets.js', base).href;
    if (nonce) script.nonce = nonce;
    script.onerror = reject;
    document.head.append(script);
  });
}

dispatchEvent(new CustomEvent('consentry:banner', { detail: (cmp: Consentry) => mountBanner(cmp, () => loadPresets(cmp.config.nonce)) }));
