/**
 * The one place that knows about the page: an open shadow root on `<div id="consentry-root">`
 * (first in the body, so the banner comes first in reading order), the stylesheet (a
 * constructable sheet, or a `<style>` with the config's nonce where that is not available),
 * the page's scroll room and where focus goes back. The core drives it through the
 * returned controller; the UI acts on the core only through the public API.
 */
import { h, render } from 'preact';
import type { Consentry, UIController, View } from '../src/index';
import { App } from './app';
import { textWarnings } from './check-texts';
import { deepActiveElement } from './focus-trap';
import type { PresetTexts } from './preset-texts';
import { reserveRoom } from './scroll-room';
import css from './styles.css?raw';
import { texts as english } from './texts/en';
import { mergeTexts } from './view-model';

/**
 * Mounts the banner and preference centre for `cmp`; the core calls it when a view must show.
 * `loadPresets` fetches the built-in presets' texts, only when the config uses a preset: a
 * site without presets never downloads them.
 */
export function mountBanner(cmp: Consentry, loadPresets?: () => Promise<PresetTexts>): UIController {
  const doc = document;
  // The site's own texts, checked against its categories: the console says what is untrue.
  for (const warning of textWarnings(cmp.config, english, mergeTexts(english, cmp.texts()))) console.warn('consentry: ' + warning);
  const host = doc.createElement('div');
  host.id = 'consentry-root';
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(shadow, cmp.config.nonce);
  const root = shadow.appendChild(doc.createElement('div'));
  const insert = () => doc.body.prepend(host);
  if (doc.body) insert();
  else doc.addEventListener('DOMContentLoaded', insert, { once: true });

  let view: View | undefined;
  /** What had focus when the preference centre opened, and whether the banner was showing. */
  let opener: HTMLElement | null = null;
  let fromBanner = false;
  let releaseRoom = () => {};
  // Closing the preference centre goes back to the banner it came from: no silent choice.
  const onClose = () => (fromBanner ? cmp.show() : cmp.hide());
  let presets: PresetTexts = {};
  const draw = () => render(h(App, { cmp, view, presets, onClose }), root);
  if (loadPresets && Object.values(cmp.config.services).some((service) => service.preset)) {
    loadPresets().then(
      (loaded) => {
        presets = loaded;
        if (view) draw();
      },
      () => {}, // without them a preset service shows its name, and its cookies without details
    );
  }

  const go = (next?: View) => {
    const leaving = view == 'preferences' && next != view;
    if (next == 'preferences' && view != next) {
      opener = deepActiveElement(doc);
      fromBanner = view == 'banner';
    }
    view = next;
    draw();
    releaseRoom();
    const banner = shadow.querySelector<HTMLElement>('[part=banner]');
    releaseRoom = banner ? reserveRoom(banner, cmp.config.position.startsWith('top')) : () => {};
    // The opener, if it is still there; else the banner's own "Change preferences".
    if (leaving) (opener?.isConnected ? opener : shadow.querySelector<HTMLElement>('[data-action=preferences]'))?.focus();
  };
  const stopLanguage = cmp.on('language', draw);

  return {
    show: go,
    hide: () => go(),
    destroy() {
      stopLanguage();
      releaseRoom();
      render(null, root);
      doc.removeEventListener('DOMContentLoaded', insert);
      host.remove();
    },
  };
}

/** A constructable stylesheet where the browser has one, else a `<style>` carrying the nonce. */
function addStyles(shadow: ShadowRoot, nonce: string | undefined) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    if (sheet.cssRules.length) return void (shadow.adoptedStyleSheets = [sheet]);
  } catch {
    // No constructable stylesheets (or the CSP refused them): the <style> below does it.
  }
  const style = shadow.ownerDocument.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  shadow.append(style);
}
