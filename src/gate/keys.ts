/**
 * The names Consentry shares across its parts and across pages, spelt once: the page-wide
 * symbol of the live instance, the storage keys, the tab-sync channel.
 */

/** One live instance per page, whichever copy (script tag or npm) started first. */
export const LIVE = Symbol.for('consentry');

/** localStorage: the config the manager last checked (src/gate/trusted-config.ts). */
export const TRUSTED_CONFIG_KEY = 'consentry:valid-config';

/** localStorage: receipts not yet confirmed by the ledger (src/manager/receipts.ts). */
export const RECEIPTS_KEY = 'consentry:receipts';

/** The BroadcastChannel on which tabs tell each other of a new choice. */
export const channelName = (cookieName: string) => 'consentry:' + cookieName;
