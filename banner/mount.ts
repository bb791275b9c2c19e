/**
 * The one place that knows about the page: an open shadow root on `<div id="consentry-root">`
 * (first in the body, so the banner comes first in reading order), the stylesheet (a
 * constructable sheet, or a `<style>` with the config's nonce where that is not available),
 * the page's scroll room, which view shows, and where focus goes back. The first layer is
 * plain DOM; the preference centre is a part of its own (Preact), fetched when it first
 * opens. The core drives this through the returned controller; the UI acts on the core only
 * through the public API.
 */
import type { Consentry, TextOverrides, UIController, View } from '../src/index';
import { deepActiveElement } from './active-element';
import { textWarnings } from './check-texts';
import { element, firstLayerView } from './first-layer';
import type { PresetTexts } from './preset-texts';
import { reserveRoom } from './scroll-room';
import css from './styles.css?raw';
import type { BannerTexts } from './texts/en';
import { createInsights } from './insights';
import { firstLayer } from './texts/en/first-layer';
import { categoryLabels, gpcNotice, joinTexts, mergeTexts, textDirection } from './view-model';

/** The preference centre's part (banner/preferences/preferences-part.ts), as a loader delivers it. */
export type PreferencesPart = typeof import('./preferences/preferences-part');

/** What the banner fetches only when the preference centre opens. */
export interface Parts {
  /** The preference centre: its dialog, stylesheet and English. */
  preferences?: () => Promise<unknown>;
  /** The built-in presets' texts; asked for only when the config uses a preset. */
  presets?: () => Promise<unknown>;
}

/**
 * Mounts the banner for `cmp`; the core calls it when a view must show. The preference
 * centre comes from `parts.preferences` when it first opens (or is about to: a pointer on,
 * or focus in, "Change preferences"), the presets' texts beside it, in parallel: a first
 * visit that only answers the first layer fetches neither.
 */
export function mountBanner(cmp: Consentry, parts: Parts = {}): UIController {
  const doc = document;
  const win = doc.defaultView!;
  const { config } = cmp;
  const insights = createInsights(cmp, win);
  // The site's own texts, checked against its categories: the console says what is untrue.
  for (const warning of textWarnings(config, firstLayer, mergeTexts(firstLayer, cmp.texts()))) console.warn('consentry: ' + warning);
  const root = element(doc, 'div');
  const bannerBox = root.appendChild(element(doc, 'div'));
  const preferencesBox = root.appendChild(element(doc, 'div'));
  const host = element(doc, 'div', { id: 'consentry-root' });
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(shadow, css, config.nonce);
  shadow.append(root);
  const insert = () => doc.body.prepend(host);
  if (doc.body) insert();
  else doc.addEventListener('DOMContentLoaded', insert, { once: true });

  /** The view on screen, and the one asked for last (the preference centre may still be loading). */
  let view: View | undefined;
  let wanted: View | undefined;
  /** What had focus when the preference centre was asked for, and whether the banner was showing. */
  let opener: HTMLElement | null = null;
  let fromBanner = false;
  let releaseRoom = () => {};
  // Closing the preference centre goes back to the banner it came from: no silent choice.
  const onClose = () => (fromBanner ? cmp.show() : cmp.hide());
  let presets: PresetTexts = {};
  let part: PreferencesPart | undefined;
  let loading: Promise<PreferencesPart> | undefined;

  /** A first-layer choice: the banner goes at once, the choice (writes, releases) after the next frame is painted. */
  const choose = (run: () => void) => {
    show();
    let done = false;
    const go = () => done || ((done = true), run(), insights.choice());
    win.requestAnimationFrame(() => win.setTimeout(go));
    win.setTimeout(go, 100); // a hidden tab gets no frames
  };

  function draw() {
    const own = cmp.texts();
    // English under the language's texts: the first layer's alone until the preference
    // centre's part brings the rest (the first layer reads none of it).
    const texts = mergeTexts(part ? joinTexts(firstLayer, part.english) : (firstLayer as BannerTexts), own);
    // The language of what shows: English when the language's own sentences did not load.
    const lang = Object.values(own).some((text) => typeof text == 'string') ? cmp.language : 'en';
    const translated = config.translations[cmp.language] as TextOverrides | undefined;
    const categories = categoryLabels(config, texts, translated);
    // The core honours the signal in every mode when `gpc` is on: `other` stays off before a choice.
    const gpc = gpcNotice(texts, categories, config.gpc, win.navigator.globalPrivacyControl === true);
    Object.assign(root, { className: 'c ' + config.theme, lang, dir: textDirection(lang) });
    bannerBox.replaceChildren(...(view == 'banner' ? [firstLayerView(doc, { cmp, texts, categories, gpc, choose, warm })] : []));
    part?.renderPreferences(preferencesBox, view == 'preferences' ? { cmp, texts, translated, presets, gpc, onClose, onChoice: insights.choice } : null);
  }

  let presetsAsked = false;
  /** The preference centre's part, fetched once; after a failure the next request tries again. */
  const load = () => {
    if (!presetsAsked && parts.presets && Object.values(config.services).some((service) => service.preset)) {
      presetsAsked = true;
      parts.presets().then(
        (loaded) => {
          presets = loaded as PresetTexts;
          if (view) draw();
        },
        () => {}, // without them a preset service shows its name, and its cookies without details
      );
    }
    loading ??= Promise.resolve()
      .then(() => (parts.preferences ? (parts.preferences() as Promise<PreferencesPart>) : Promise.reject(Error('this build has no preference centre'))))
      .then(
        (loaded) => {
          addStyles(shadow, loaded.css, config.nonce);
          return (part = loaded);
        },
        (error) => {
          loading = undefined;
          throw error;
        },
      );
    return loading;
  };
  // Warming up is silent: a failure is said when the visitor actually asks for the preference centre.
  const warm = () => void load().catch(() => {});

  function show(next?: View) {
    const leaving = view == 'preferences' && next != view;
    const opening = next != view;
    view = next;
    draw();
    if (opening && next) insights[next == 'banner' ? 'shown' : 'preferences']();
    releaseRoom();
    const banner = shadow.querySelector<HTMLElement>('[part=banner]');
    releaseRoom = banner ? reserveRoom(banner, config.position.startsWith('top')) : () => {};
    // The opener, if it is still there; else the banner's own "Change preferences".
    if (leaving) (opener?.isConnected ? opener : shadow.querySelector<HTMLElement>('[data-action=preferences]'))?.focus();
  }
  const go = (next?: View): void | Promise<boolean> => {
    wanted = next;
    if (next != 'preferences' || view == next) return show(next);
    opener = deepActiveElement(doc);
    fromBanner = view == 'banner';
    if (part) return show(next);
    // Until its part is in, what shows stays (the banner keeps working); then it opens, if
    // it is still wanted. If it cannot load, the core goes back to where the visitor was.
    return load().then(
      () => wanted == 'preferences' && (show('preferences'), true),
      (error) => {
        console.error(`consentry: the preference centre did not load (${error instanceof Error ? error.message : error}); the banner stays, nothing is granted`);
        if (wanted != 'preferences') return false;
        wanted = undefined;
        if (fromBanner) cmp.show();
        else cmp.hide();
        return false;
      },
    );
  };
  const stopLanguage = cmp.on('language', draw);

  return {
    show: go,
    hide: () => go(),
    destroy() {
      wanted = undefined;
      stopLanguage();
      releaseRoom();
      part?.renderPreferences(preferencesBox, null);
      doc.removeEventListener('DOMContentLoaded', insert);
      host.remove();
    },
  };
}

/**
 * `text` as a constructable stylesheet where the browser has one, else a `<style>` carrying
 * the nonce; after the sheets already there (the preference centre's comes after the banner's).
 */
function addStyles(shadow: ShadowRoot, text: string, nonce: string | undefined) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    if (sheet.cssRules.length) return void (shadow.adoptedStyleSheets = [...(shadow.adoptedStyleSheets ?? []), sheet]);
  } catch {
    // No constructable stylesheets (or the CSP refused them): the <style> below does it.
  }
  const style = shadow.ownerDocument.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = text;
  shadow.append(style);
}
