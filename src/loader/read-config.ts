/**
 * Where the script tag finds its configuration: the element named by the loader's
 * `data-config` selector, else `#consentry-config`, else `window.consentryConfig`, else
 * none (the embedded default). A JSON block needs no inline JavaScript, so strict-CSP pages
 * can use it. The loader's `nonce` and `data-region` fill in what the config leaves out.
 */
import type { Env } from '../gate/env';
import type { Log } from '../gate/log';

export function readScriptConfig({ doc, win }: Env, loader: HTMLScriptElement | null, log: Log): unknown {
  const selector = loader?.getAttribute('data-config');
  let source: Element | null = null;
  try {
    if (selector) source = doc.querySelector(selector);
  } catch {
    // An invalid selector: reported below like one that matches nothing.
  }
  if (selector && !source) log('error', `data-config="${selector}" matches no element`);
  source ??= doc.getElementById('consentry-config');

  let config: unknown;
  try {
    config = (win as { consentryConfig?: unknown }).consentryConfig;
  } catch (error) {
    // A getter that throws (or a proxy): as if there were no config, and said so.
    log('error', `window.consentryConfig: ${(error as Error)?.message}; using the default configuration`);
  }
  const name = selector || '#consentry-config';
  if (source) {
    config = undefined;
    try {
      if (!(source instanceof win.HTMLScriptElement) || source.type !== 'application/json') throw Error('not a <script type="application/json">');
      config = JSON.parse(source.text);
    } catch (error) {
      log('error', `${name}: ${(error as Error).message}; using the default configuration`);
    }
  } else if (config instanceof win.Node) {
    // An element with id="consentryConfig" appears as window.consentryConfig (DOM clobbering).
    log('error', 'window.consentryConfig is an element, not a config object');
    config = undefined;
  }

  const region = loader?.getAttribute('data-region');
  const fromTag = { ...(region && { region }), ...(loader?.nonce && { nonce: loader.nonce }) };
  if (config == null) return fromTag;
  if (typeof config !== 'object' || Array.isArray(config)) return config;
  try {
    return { ...fromTag, ...config };
  } catch (error) {
    log('error', `window.consentryConfig: ${(error as Error)?.message}; using the default configuration`);
    return fromTag;
  }
}
