// The words the terminal summary and the HTML report share: category titles and their order,
// where a classification comes from, lifetimes and times a person reads at a glance.
import type { Classification } from '../types';

/** The categories in the order reports list them; a --declared config's own come after. */
export const CATEGORY_TITLES: Record<string, string> = {
  necessary: 'Necessary',
  analytical: 'Analytical (statistics)',
  functional: 'Functional (embeds, chat, comments, preferences)',
  other: 'Other (advertising, marketing, social)',
};

/** The categories named, each once, the four default ones first. */
export function categoriesOf(names: (string | undefined)[]): string[] {
  const found = new Set(names.filter((name): name is string => !!name));
  return [...Object.keys(CATEGORY_TITLES).filter((name) => found.has(name)), ...[...found].filter((name) => !(name in CATEGORY_TITLES)).sort()];
}

/** `preset "google-analytics"`, `Open Cookie Database: Amazon Web Services (Functional)`, … */
export function describeSource(classification: Classification): string {
  switch (classification.source) {
    case 'preset':
      return `preset "${classification.preset}"`;
    case 'open-cookie-database':
      return `Open Cookie Database: ${classification.label} (${classification.datasetCategory})${classification.pattern.endsWith('*') ? `, by the pattern ${classification.pattern}` : ''}`;
    case 'consentry':
      return 'Consentry’s own';
    case 'declared':
      return `your config: ${classification.label}`;
  }
}

/** "5 December 2026 at 09:30 UTC": a report's time as a person reads it. */
export const describeTime = (iso: string) =>
  `${new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso))} UTC`;

/** "13 months", "2 days", "45 minutes": a lifetime in a unit a person reads at a glance. */
export function describeLifetime(seconds: number | undefined): string {
  if (seconds === undefined) return 'session';
  const day = 86400;
  const units: [number, number, string][] = [
    [700 * day, 365 * day, 'year'],
    [60 * day, 30.4 * day, 'month'],
    [2 * day, day, 'day'],
    [2 * 3600, 3600, 'hour'],
    [60, 60, 'minute'],
  ];
  for (const [from, size, unit] of units) {
    if (seconds >= from) {
      const count = Math.round(seconds / size);
      return `${count} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}
