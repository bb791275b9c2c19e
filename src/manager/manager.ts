/**
 * The manager: what a visit needs beyond the gate, fetched only then (a first visit, a view
 * to show, a config to check, a choice's side effects). It checks the config in full and
 * prints every problem, answers the gate's commands (repair the stored choice, delete what a
 * withdrawal declared, send receipts) and drives the banner, the languages and the
 * placeholders' UI. It gets data and commands from the gate, never its internals.
 */
import type { Manager, ManagerContext } from '../gate/seams';
import { repairStoredChoice } from './cookies';
import { PLACEHOLDER_TEXTS, createPlaceholder } from './placeholder';
import { withDetails } from './preset-details';
import { receiptOf, startReporter } from './receipts';
import { rememberConfig } from './remember-config';
import { normalizeConfig } from './validate';
import { createViews } from './views';
import { withdraw } from './withdrawal';

export function startManager(context: ManagerContext): Manager {
  const { env, log, input, base } = context;
  let { config } = context;
  if (!context.checked) {
    const checked = normalizeConfig(input, withDetails(context.preset), base ? { base, page: env.doc.baseURI } : undefined);
    for (const { level, message } of checked.issues) log(level == 'error' ? 'error' : 'warn', message.slice(11));
    // Warnings (advice) keep the fast path; an error (a part ignored) is said again on every page until fixed.
    rememberConfig(env, input, checked.issues.some((issue) => issue.level == 'error') ? undefined : checked.config);
    config = checked.config;
  }
  const views = createViews(context, config);
  const report = config.record?.endpoint ? startReporter(env, config.record.endpoint, log) : undefined;

  return {
    config,
    get language() {
      return views.language;
    },
    repair: (value, expires) => repairStoredChoice(env, config.cookie, log, value, expires),
    withdraw: (names, states) => withdraw(env, config, names, states),
    receipt: (record) => report?.send(receiptOf(env, { language: views.language, config, texts: views.texts() }, record)),
    open: views.open,
    hide: views.hide,
    setLanguage: views.setLanguage,
    texts: views.texts,
    placeholder: (iframe, label, service, loadOnce, allow) =>
      views.whenTexts().then(() => createPlaceholder(iframe, (service && config.services[service]?.label) || label, { ...PLACEHOLDER_TEXTS, ...views.texts() }, loadOnce, allow)),
    destroy() {
      views.destroy();
      report?.stop();
    },
  };
}
