/**
 * "Download my consent record": the visitor's record as a JSON file. With a ledger
 * (`record.endpoint`), what the ledger holds for this id (`GET <origin>/subjects/<id>`) is the
 * better proof; any failure there (network, CSP, status, not JSON) falls back to the record
 * this browser stores, so the button always gives the visitor something true.
 */
import type { Consentry } from '../../src/index';

export async function recordJson(cmp: Consentry, load: typeof fetch = fetch): Promise<string> {
  const record = cmp.get();
  const endpoint = cmp.config.record?.endpoint;
  if (record && endpoint) {
    try {
      // The id is a UUID the core has validated: safe in a path as it is.
      const response = await load(`${new URL(endpoint, location.href).origin}/subjects/${record.id}`);
      if (response.ok) return JSON.stringify(await response.json(), null, 2);
    } catch {
      // The stored record below.
    }
  }
  return JSON.stringify(record, null, 2);
}

/** Saves `json` as a file through a Blob URL, released once the browser has taken it. */
export function saveFile(doc: Document, name: string, json: string) {
  const link = doc.createElement('a');
  link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
