/**
 * Writing the stored form of a record (src/consent/codec.ts describes it and reads it):
 * only the manager writes, so the gate carries no encoder.
 */
import type { ConsentRecord } from '../types';
import { METHODS, checksum } from './codec';

export function encodeRecord(record: ConsentRecord): string {
  const payload = [
    1,
    record.id,
    record.revision,
    toSeconds(record.givenAt),
    toSeconds(record.updatedAt),
    toSeconds(record.expiresAt),
    METHODS.indexOf(record.method),
    +record.gpc,
    encodeStates(record.categories),
    encodeStates(record.services),
  ].join('~');
  return payload + '~' + checksum(payload);
}

const encodeStates = (states: Record<string, boolean>) =>
  Object.keys(states)
    .map((name) => (states[name] ? '' : '!') + name)
    .join('.');

const toSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000).toString(36);
