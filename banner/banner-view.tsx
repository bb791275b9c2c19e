/**
 * The first layer: a non-modal region, first in the page's reading order, with a title, a
 * short text that names no category, a sentence listing the configured optional categories
 * by their labels,
 * the policy link and actions of equal weight. In opt-in mode: Accept all, Reject all,
 * Change preferences. In opt-out mode a notice with "Do Not Sell or Share" (it refuses
 * `other`), the preferences and OK (it records the state in force); in notice mode the same
 * without "Do Not Sell". It has no close button: nothing here is silent.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Consentry } from '../src/index';
import type { BannerTexts } from './texts/en';
import { listOf, type CategoryView } from './view-model';

export interface ViewProps {
  cmp: Consentry;
  texts: BannerTexts;
  categories: CategoryView[];
  /** What to say about Global Privacy Control; empty without the signal. */
  gpc: string;
  /** The language of the texts, for lists ("A, B and C"). */
  lang: string;
}

export function BannerView({ cmp, texts: t, categories, gpc, warm }: ViewProps & { warm?(): void }) {
  const { mode, layout, position, policyUrl, categories: configured } = cmp.config;
  const optIn = mode == 'opt-in';
  // Only what the site configured, by the label the visitor reads in the preference centre.
  const optional = categories.filter((category) => !category.readOnly);
  return (
    <section part="banner" class={`b ${layout} ${position.replace('-', ' ')}`} aria-labelledby="cb">
      <div class="m">
        <h2 id="cb">{optIn ? t.bannerTitle : t.noticeTitle}</h2>
        <Text text={optIn ? t.bannerText : mode == 'opt-out' ? t.optOutText : t.noticeText} policyUrl={policyUrl} link={t.policyLink} />
        {optional[0] && <p>{(optIn ? t.bannerPurposes : t.noticePurposes).replace('{categories}', listOf(t, optional.map(({ label }) => label)))}</p>}
        {gpc && <p class="n">{gpc}</p>}
      </div>
      <div class="a">
        {optIn
          ? [action('accept-all', t.acceptAll, cmp.acceptAll), action('reject-all', t.rejectAll, cmp.rejectAll)]
          : [
              mode == 'opt-out' && configured.other && action('do-not-sell', t.doNotSell, () => cmp.set({ other: false }, 'custom')),
              action('dismiss', t.dismiss, () => cmp.set({}, 'custom')),
            ]}
        {/* A pointer on it or focus in it: the preference centre's chunk starts loading. */}
        {action('preferences', t.preferences, cmp.showPreferences, warm)}
      </div>
    </section>
  );
}

/** An action button: `data-action` is the SPEC's stable hook; the look is the same for all. */
export const action = (name: string, label: string, run: () => void, warm?: () => void) => (
  <button type="button" data-action={name} onClick={() => run()} onPointerEnter={warm} onFocus={warm}>
    {label}
  </button>
);

/** A paragraph, then the policy link when the config has one (links are data, not markup). */
export const Text = ({ text, policyUrl, link }: { text: string; policyUrl?: string; link: string }) => (
  <p>
    {text}
    {policyUrl && ' '}
    {policyUrl && <a href={policyUrl}>{link}</a>}
  </p>
);
