/**
 * The banner and the preference centre, and the language they speak: loads the UI (the
 * script tag's chunk holds it; npm imports it) and the language file before showing
 * anything, opens and closes the views, and tells listeners (`show`, `hide`, `language`).
 */
import { describeValue } from '../gate/log';
import { LANGUAGES, resolveLanguage } from '../gate/resolve';
import type { ManagerContext, UIController } from '../gate/seams';
import type { ResolvedConfig, TextOverrides, View } from '../types';
import { mergeTexts } from './texts';

export interface Views {
  readonly language: string;
  open(view: View): void;
  /** Closes what shows; with `only`, only when that view is what shows (or is on its way). */
  hide(only?: View): void;
  setLanguage(code: string): Promise<void>;
  /** The current language's texts: its file, then the config's translations. */
  texts(): TextOverrides;
  /** The current language's file, loaded before anything shows its texts. */
  whenTexts(): Promise<TextOverrides>;
  destroy(): void;
}

export function createViews({ env, log, cmp, emit, loadUI, loadTexts }: ManagerContext, config: ResolvedConfig): Views {
  let view: View | undefined;
  /** The view asked for last: the banner may still be loading when it is asked for or closed. */
  let wanted: View | undefined;
  let ui: Promise<UIController | void> | undefined;
  let destroyed = false;
  let loadedTexts: TextOverrides = {};
  const available = (code: string) => LANGUAGES.includes(code) || Object.prototype.hasOwnProperty.call(config.translations, code);
  let language = resolveLanguage(config.language, env.doc.documentElement.lang, env.nav.languages ?? [], available);
  /** Language files, loaded once each: English is built in. */
  const textFiles: Record<string, Promise<TextOverrides>> = { en: Promise.resolve({}) };
  const textsOf = (code: string) =>
    (textFiles[code] ??= LANGUAGES.includes(code) && loadTexts
      ? loadTexts(code, config).catch((error) => (log('error', `the "${code}" texts did not load; showing English`, error), {}))
      : Promise.resolve({}));
  const whenTexts = () => textsOf(language).then((texts) => (loadedTexts = texts));

  const hide = (only?: View) => {
    if (only && (wanted ?? view) != only) return;
    const closed = view;
    wanted = undefined;
    if (!closed) return;
    view = undefined;
    ui?.then((controller) => controller?.hide());
    emit('hide', { view: closed });
  };

  return {
    get language() {
      return language;
    },
    open(next) {
      if (destroyed) return;
      if (!loadUI) return log('error', 'this build has no banner');
      wanted = next;
      ui ??= Promise.all([loadUI(config), whenTexts()]).then(
        // Mounted in a task of its own, not in the one that evaluated the chunk: no long task.
        ([mount]) => new Promise<void>((resolve) => env.win.setTimeout(resolve)).then(() => (destroyed ? undefined : mount(cmp))),
        (error) => log('error', 'the banner did not load', error),
      );
      ui.then((controller) => {
        // A choice or hide() while the banner was loading: it no longer has to show.
        if (!controller || destroyed || wanted !== next) return;
        // The events say what is on screen: a view that loads first is shown once it is there.
        Promise.resolve(controller.show(next)).then((shown) => {
          if (shown === false || destroyed || wanted !== next || view === next) return;
          if (view) emit('hide', { view });
          view = next;
          emit('show', { view });
        });
      });
    },
    hide,
    async setLanguage(code) {
      const next = typeof code === 'string' ? resolveLanguage(code, '', [], available) : 'en';
      if (next !== String(code).toLowerCase()) log('warn', `setLanguage(${describeValue(code)}): no such language; using "${next}"`);
      const texts = await textsOf(next);
      if (destroyed) return;
      language = next;
      loadedTexts = texts;
      emit('language', { language });
    },
    texts: () => mergeTexts(loadedTexts, config.translations[language] ?? {}),
    whenTexts,
    destroy() {
      hide();
      destroyed = true;
      ui?.then((controller) => controller?.destroy());
    },
  };
}
