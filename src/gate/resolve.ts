/** Pure choices that depend on where and who: the mode for a region, the language to show. */
import type { Mode } from '../types';

/**
 * The mode for `region` from a map keyed by region: the exact code, then its country part
 * (`US-CA` → `US`), then `default`, then opt-in. Codes compare case-insensitively.
 */
export function resolveMode(modes: Record<string, Mode>, region: string | undefined): Mode {
  const byCode: Record<string, Mode> = {};
  for (const key of Object.keys(modes)) byCode[key.toUpperCase()] = modes[key]!;
  const code = region?.toUpperCase();
  return (code && (byCode[code] ?? byCode[code.split('-')[0]!])) || byCode.DEFAULT || 'opt-in';
}

/**
 * The language to show: `preferred` unless it is `"auto"`, then `<html lang>`, then the
 * browser's languages; the first that `available` has (exactly, then by what the tag means,
 * then by its base language), else English.
 */
export function resolveLanguage(
  preferred: string,
  htmlLang: string | null | undefined,
  navigatorLanguages: readonly string[],
  available: (code: string) => boolean,
): string {
  const wanted = preferred === 'auto' ? [htmlLang ?? '', ...navigatorLanguages] : [preferred];
  for (const code of wanted) {
    const lower = code.toLowerCase();
    if (!lower) continue;
    const found = [lower, meaning(lower), lower.split('-')[0]!].find(available);
    if (found) return found;
  }
  return 'en';
}

/**
 * The language file a regional or legacy tag means: Chinese by script (`zh-TW`, `zh-HK`,
 * `zh-MO` and any `zh-Hant-*` are Traditional; other Chinese is Simplified), Norwegian
 * (`no`, `nn`) as Bokmål, `iw` as Hebrew, `pt-BR-*` as Brazilian Portuguese.
 */
function meaning(tag: string): string {
  const [base, ...rest] = tag.split('-');
  if (base === 'zh') return rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)) ? 'zh-hant' : 'zh-hans';
  if (base === 'no' || base === 'nn') return 'nb';
  if (base === 'iw') return 'he';
  if (base === 'pt' && rest.includes('br')) return 'pt-br';
  return tag;
}

/**
 * Languages with a text file of their own (banner/texts/<code>.ts), by the lowercase code
 * that resolveLanguage() compares; English is built in. One string, split: it ships in
 * consentry.js, where every byte counts.
 */
export const LANGUAGES = 'ar bg ca cs da de el es et eu fa fi fr ga gl he hi hr hu id is it ja ko lt lv mt nb nl pl pt pt-br ro sk sl sr sv th tr uk vi zh-hans zh-hant'.split(' ');
