// --fail-on: the kinds of finding that make a scan exit 1, for CI. "new": anything the
// baseline did not have (cookie, storage key, third-party host); "unclassified": anything no
// source knows; "leak": anything classified in a category that needs consent, seen with no
// consent given (the scan never consents, so on a site with a working banner there is none).
import { didYouMean } from '../src/manager/suggest';
import { SetupError } from './status';
import type { Changes, FailKind, Finding, ScanReport } from './types';

const FAIL_KINDS: readonly FailKind[] = ['new', 'unclassified', 'leak'];


/** `new,leak` → the kinds; an unknown kind is refused, with a suggestion when one is close. */
export function parseFailOn(value: string): FailKind[] {
  const kinds = value.split(',').map((kind) => kind.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (!(FAIL_KINDS as readonly string[]).includes(kind)) {
      throw new SetupError(`consentry: --fail-on: "${kind}" is not a kind of finding (${FAIL_KINDS.join(', ')})${didYouMean(kind, FAIL_KINDS)}`);
    }
  }
  if (!kinds.length) throw new SetupError(`consentry: --fail-on expects one or more of ${FAIL_KINDS.join(', ')}, separated by commas`);
  return [...new Set(kinds)] as FailKind[];
}

/** The findings of the given kinds. `necessary`: the categories that need no consent. */
export function findings(report: ScanReport, kinds: FailKind[], changes: Changes | undefined, necessary: string[] = ['necessary']): Finding[] {
  const out: Finding[] = [];
  const all = [
    ...report.cookies.map((item) => ({ what: 'cookie' as const, name: `${item.name} (${item.domain})`, classification: item.classification, pages: item.pages })),
    ...report.storage.map((item) => ({ what: 'storage key' as const, name: `${item.key} (${item.area}Storage, ${item.origin})`, classification: item.classification, pages: item.pages })),
    ...report.hosts.map((item) => ({ what: 'host' as const, name: item.host, classification: item.classification, pages: item.pages })),
  ];
  if (kinds.includes('new') && changes) {
    for (const item of changes.cookies.new) out.push({ kind: 'new', what: 'cookie', name: `${item.name} (${item.domain})`, classification: item.classification, pages: item.pages });
    for (const item of changes.storage.new) out.push({ kind: 'new', what: 'storage key', name: `${item.key} (${item.area}Storage, ${item.origin})`, classification: item.classification, pages: item.pages });
    for (const item of changes.hosts.new) out.push({ kind: 'new', what: 'host', name: item.host, classification: item.classification, pages: item.pages });
  }
  if (kinds.includes('unclassified')) for (const item of all) if (!item.classification) out.push({ kind: 'unclassified', ...item });
  if (kinds.includes('leak')) for (const item of all) if (item.classification && !necessary.includes(item.classification.category)) out.push({ kind: 'leak', ...item });
  return out;
}
