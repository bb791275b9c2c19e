/**
 * The manager: what a visit needs beyond the gate, fetched only then (a first visit, a view
 * to show, a choice to write, a config to check). It checks the config in full and prints
 * every problem, writes and deletes the stored choice, acts on withdrawals, sends receipts,
 * tells the other tabs, and drives the banner, the languages and the placeholders' UI.
 */
import { normalizeConfig } from '../config/validate';
import { rememberValid } from '../config/trust';
import { encodeRecord } from '../consent/encode';
import { postSync } from '../consent/sync';
import type { GateContext, Manager } from '../consentry';
import { PLACEHOLDER_TEXTS, createPlaceholder } from './placeholder';
import { presetWithDetails, withPresetDetails } from './preset-details';
import { receiptOf, startReporter } from './receipts';
import { createStorage } from './storage';
import { createViews } from './views';
import { withdraw } from './withdrawal';

export function startManager(gate: GateContext): Manager {
  const { env, log, api, jar, input } = gate;
  let config = withPresetDetails(api.config);
  if (!gate.configured) {
    const checked = normalizeConfig(input, presetWithDetails);
    for (const { level, message } of checked.issues) log(level === 'error' ? 'error' : 'warn', message.slice(11));
    rememberValid(env, input, checked.issues[0] ? undefined : checked.config);
    config = checked.config;
  }
  const storage = createStorage(env, jar, config.cookie, log);
  const views = createViews(gate, config);
  const report = config.record && startReporter(env, config.record.endpoint, log);
  const channel = 'consentry:' + config.cookie.name;
  const offLanguage = api.on('language', () => gate.gating.redrawPlaceholders());

  return {
    config,
    get language() {
      return views.language;
    },
    get memory() {
      return storage.memory;
    },
    persist(record) {
      if (record) storage.write(encodeRecord(record), new Date(record.expiresAt));
      else storage.clear();
      postSync(env, channel);
      if (record && report) report.send(receiptOf(env, api, record));
    },
    withdraw: (names) => withdraw(env, jar, config, api, gate.gating, names),
    clean(values) {
      log('warn', `cookie "${config.cookie.name}": ${values[1] ? 'copies disagree' : 'not a valid choice (edited, expired or another revision)'}; removed, asking again`);
      storage.clear();
    },
    open: views.open,
    hide: views.hide,
    setLanguage: views.setLanguage,
    texts: views.texts,
    placeholder: (iframe, label, service, loadOnce, allow) =>
      views.whenTexts().then(() => createPlaceholder(iframe, (service && config.services[service]?.label) || label, { ...PLACEHOLDER_TEXTS, ...views.texts() }, loadOnce, allow)),
    destroy() {
      offLanguage();
      views.destroy();
      if (report) report.stop();
    },
  };
}
