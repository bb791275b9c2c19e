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
  const name = selector || '#consentry-config';
  const fail = (where: string, error: unknown) => log('error', `${where}: ${(error as Error)?.message ?? error}; using the default configuration`);
  let source: Element | null | undefined;
  let config: unknown;
  try {
    if (selector) source = doc.querySelector(selector);
  } catch {} // an invalid selector: said like one that matches nothing
  if (selector && !source) log('error', `data-config="${selector}" matches no element`);
  source ||= doc.getElementById('consentry-config');
  try {
    config = (win as { consentryConfig?: unknown }).consentryConfig;
    // An element with id="consentryConfig" appears as window.consentryConfig (DOM clobbering).
    if (config instanceof win.Node) throw Error('an element, not a config object');
  } catch (error) {
    config = fail('window.consentryConfig', error); // a getter that throws, a proxy
  }
  if (source) {
    config = undefined;
    try {
      if (!(source instanceof win.HTMLScriptElement) || source.type != 'application/json') throw Error('not a <script type="application/json">');
      config = JSON.parse(source.text);
    } catch (error) {
      fail(name, error);
    }
  }
  const region = loader?.getAttribute('data-region');
  const fromTag = { ...(region && { region }), ...(loader?.nonce && { nonce: loader.nonce }) };
  if (config == null) return fromTag;
  if (typeof config != 'object' || Array.isArray(config)) return config;
  try {
    return { ...fromTag, ...config };
  } catch (error) {
    fail('window.consentryConfig', error);
    return fromTag;
  }
}
