/**
 * The first layer, in plain DOM (no framework: it is what a first visit waits for, and
 * Preact would double its chunk): a non-modal region, first in the page's reading order,
 * with a title, a short text, a sentence listing the configured optional categories by
 * their labels, the policy link and actions of equal weight. In opt-in mode: Accept all,
 * Reject all, Change preferences. In opt-out mode a notice with "Do Not Sell or Share" (it
 * refuses `other`), the preferences and OK (it records the state in force); in notice mode
 * the same without "Do Not Sell". It has no close button: nothing here is silent. Every
 * text goes in as a text node, never as HTML.
 */
import type { Consentry } from '../src/index';
import type { BannerTexts } from './texts/en';
import { listOf, type CategoryLabel } from './view-model';

export interface FirstLayerProps {
  cmp: Consentry;
  texts: BannerTexts;
  categories: CategoryLabel[];
  /** What to say about Global Privacy Control; empty without the signal. */
  gpc: string;
  /** A choice: the mount hides the banner at once and makes the choice after the next frame. */
  choose(run: () => void): void;
  /** A pointer on, or focus in, "Change preferences": its chunk starts coming. */
  warm(): void;
}

type Child = Node | string | false | undefined | null;

/** An element with attributes and children (strings become text nodes). */
export function element(doc: Document, tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = doc.createElement(tag);
  for (const name in attributes) node.setAttribute(name, attributes[name]!);
  node.append(...(children.filter((child) => child || child === '') as (Node | string)[]));
  return node;
}

export function firstLayerView(doc: Document, { cmp, texts: t, categories, gpc, choose, warm }: FirstLayerProps): HTMLElement {
  const { mode, layout, position, policyUrl, categories: configured } = cmp.config;
  const optIn = mode == 'opt-in';
  // Only what the site configured, by the label the visitor reads in the preference centre.
  const optional = categories.filter((category) => !category.readOnly);
  const button = (name: string, label: string, run: () => void, now?: boolean) => {
    const node = element(doc, 'button', { type: 'button', 'data-action': name }, label);
    node.onclick = () => (now ? run() : choose(run));
    return node;
  };
  const preferences = button('preferences', t.preferences, cmp.showPreferences, true);
  preferences.onpointerenter = preferences.onfocus = warm;
  return element(
    doc,
    'section',
    { part: 'banner', class: `b ${layout} ${position.replace('-', ' ')}`, 'aria-labelledby': 'cb' },
    element(
      doc,
      'div',
      { class: 'm' },
      element(doc, 'h2', { id: 'cb' }, optIn ? t.bannerTitle : t.noticeTitle),
      paragraph(doc, optIn ? t.bannerText : mode == 'opt-out' ? t.optOutText : t.noticeText, policyUrl, t.policyLink),
      optional[0] && element(doc, 'p', {}, (optIn ? t.bannerPurposes : t.noticePurposes).replace('{categories}', listOf(t, optional.map(({ label }) => label)))),
      gpc && element(doc, 'p', { class: 'n' }, gpc),
    ),
    element(
      doc,
      'div',
      { class: 'a' },
      ...(optIn
        ? [button('accept-all', t.acceptAll, cmp.acceptAll), button('reject-all', t.rejectAll, cmp.rejectAll)]
        : [mode == 'opt-out' && configured.other && button('do-not-sell', t.doNotSell, () => cmp.set({ other: false }, 'custom')), button('dismiss', t.dismiss, () => cmp.set({}, 'custom'))]),
      preferences,
    ),
  );
}

/** A paragraph, then the policy link when the config has one (links are data, not markup). */
export const paragraph = (doc: Document, text: string, policyUrl: string | undefined, link: string) =>
  element(doc, 'p', {}, text, policyUrl && ' ', policyUrl && element(doc, 'a', { href: policyUrl }, link));
