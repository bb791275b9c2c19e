// The first layer: what it says and what its buttons do, in each mode.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BannerView } from '../../banner/banner-view';
import { texts } from '../../banner/texts/en';
import { categoriesView } from '../../banner/view-model';
import { fakeCmp, type FakeConsentry } from './fake-cmp';

/** The first layer for `cmp`, with its categories as the app computes them. */
const Banner = ({ cmp, texts: t = texts, gpc = '' }: { cmp: FakeConsentry; texts?: typeof texts; gpc?: string }) => (
  <BannerView cmp={cmp} texts={t} categories={categoriesView(cmp.config, t)} gpc={gpc} lang={cmp.language} />
);

afterEach(() => {
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

afterEach(cleanup);

describe('BannerView', () => {
  it('is a labelled, non-modal region with three actions in the SPEC order', () => {
    render(<Banner cmp={fakeCmp()} />);
    const region = screen.getByRole('region', { name: 'We use cookies' });
    expect(region.getAttribute('part')).toBe('banner');
    expect(region.hasAttribute('aria-modal')).toBe(false);
    const buttons = screen.getAllByRole('button') as HTMLButtonElement[];
    expect(buttons.map((button) => [button.textContent, button.dataset.action])).toEqual([
      ['Accept all', 'accept-all'],
      ['Reject all', 'reject-all'],
      ['Change preferences', 'preferences'],
    ]);
    // Equal weight: the same element, type and styling hooks for every action.
    expect(new Set(buttons.map((button) => button.className + button.type))).toEqual(new Set(['button']));
  });

  it('has no close button that could mean anything silently', () => {
    render(<Banner cmp={fakeCmp()} />);
    expect(screen.queryByRole('button', { name: /close|×/i })).toBeNull();
  });

  it('runs the matching API call for each button', () => {
    const cmp = fakeCmp();
    render(<Banner cmp={cmp} />);
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change preferences' }));
    expect(cmp.acceptAll).toHaveBeenCalledTimes(1);
    expect(cmp.rejectAll).toHaveBeenCalledTimes(1);
    expect(cmp.showPreferences).toHaveBeenCalledTimes(1);
    expect(cmp.set).not.toHaveBeenCalled();
  });

  it('links the cookie policy only when the config has one', () => {
    const { unmount } = render(<Banner cmp={fakeCmp()} />);
    expect(screen.queryByRole('link')).toBeNull();
    unmount();
    render(<Banner cmp={fakeCmp({ config: { policyUrl: '/privacy' } })} />);
    expect(screen.getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe('/privacy');
  });

  it('renders texts as text, never as markup', () => {
    const hostile = { ...texts, bannerText: '<img src=x onerror=alert(1)>' };
    const { container } = render(<Banner cmp={fakeCmp()} texts={hostile} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says that Global Privacy Control is honoured when the signal is on', () => {
    render(<Banner cmp={fakeCmp()} gpc={texts.gpcNone} />);
    expect(screen.getByText(texts.gpcNone)).toBeTruthy();
  });

  it('takes its layout and position from the config as private classes', () => {
    render(<Banner cmp={fakeCmp({ config: { layout: 'box', position: 'top-right' } })} />);
    expect(screen.getByRole('region').className).toBe('b box top right');
  });

  describe('in opt-out mode', () => {
    it('is a notice whose "Do Not Sell or Share" refuses other, and whose OK records the state in force', () => {
      const cmp = fakeCmp({ config: { mode: 'opt-out' } });
      render(<Banner cmp={cmp} />);
      expect(screen.getByRole('region', { name: 'Your privacy choices' }).textContent).toContain(texts.optOutText);
      expect(screen.getAllByRole('button').map((button) => button.dataset.action)).toEqual(['do-not-sell', 'dismiss', 'preferences']);
      fireEvent.click(screen.getByRole('button', { name: 'Do Not Sell or Share My Personal Information' }));
      expect(cmp.set).toHaveBeenLastCalledWith({ other: false }, 'custom');
      fireEvent.click(screen.getByRole('button', { name: 'OK' }));
      expect(cmp.set).toHaveBeenLastCalledWith({}, 'custom');
      expect(cmp.acceptAll).not.toHaveBeenCalled();
    });

    it('offers no "Do Not Sell" when the config has no other category to refuse', () => {
      const cmp = fakeCmp({ config: { mode: 'opt-out', categories: { necessary: { readOnly: true, cookies: [] }, analytical: { readOnly: false, cookies: [] } } } });
      render(<Banner cmp={cmp} />);
      expect(screen.getAllByRole('button').map((button) => button.dataset.action)).toEqual(['dismiss', 'preferences']);
    });
  });

  it('in notice mode only informs: OK and the preferences', () => {
    const cmp = fakeCmp({ config: { mode: 'notice' } });
    render(<Banner cmp={cmp} />);
    expect(screen.getByRole('region').textContent).toContain(texts.noticeText);
    expect(screen.getAllByRole('button').map((button) => button.dataset.action)).toEqual(['dismiss', 'preferences']);
  });
});
