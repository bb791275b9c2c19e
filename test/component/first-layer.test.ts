// The first layer (plain DOM): what it says and what its buttons do, in each mode.
import { fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstLayerView } from '../../banner/first-layer';
import { texts } from '../../banner/texts/en';
import { categoryLabels } from '../../banner/view-model';
import { fakeCmp, type FakeConsentry } from './fake-cmp';

/** The first layer for `cmp`, with its categories as the mount computes them; a choice runs at once here. */
function render({ cmp, texts: t = texts, gpc = '', choose = (run: () => void) => run(), warm = () => {} }: { cmp: FakeConsentry; texts?: typeof texts; gpc?: string; choose?: (run: () => void) => void; warm?: () => void }) {
  const container = document.body.appendChild(document.createElement('div'));
  container.append(firstLayerView(document, { cmp, texts: t, categories: categoryLabels(cmp.config, t), gpc, choose, warm }));
  return { container, unmount: () => container.remove() };
}

afterEach(() => {
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
  document.body.innerHTML = '';
});

describe('the first layer', () => {
  it('is a labelled, non-modal region with three actions in the SPEC order', () => {
    render({ cmp: fakeCmp() });
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

  it('makes a choice through `choose` (the banner goes first), and opens the preferences at once, warming their chunk', () => {
    const cmp = fakeCmp();
    const choose = vi.fn();
    const warm = vi.fn();
    render({ cmp, choose, warm });
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    expect(choose).toHaveBeenCalledOnce();
    expect(cmp.acceptAll).not.toHaveBeenCalled();
    choose.mock.calls[0]![0]();
    expect(cmp.acceptAll).toHaveBeenCalledOnce();
    fireEvent.pointerEnter(screen.getByRole('button', { name: 'Change preferences' }));
    expect(warm).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Change preferences' }));
    expect(cmp.showPreferences).toHaveBeenCalledOnce();
    expect(choose).toHaveBeenCalledOnce();
  });

  it('has no close button that could mean anything silently', () => {
    render({ cmp: fakeCmp() });
    expect(screen.queryByRole('button', { name: /close|×/i })).toBeNull();
  });

  it('runs the matching API call for each button', () => {
    const cmp = fakeCmp();
    render({ cmp });
    fireEvent.click(screen.getByRole('button', { name: 'Accept all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reject all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Change preferences' }));
    expect(cmp.acceptAll).toHaveBeenCalledTimes(1);
    expect(cmp.rejectAll).toHaveBeenCalledTimes(1);
    expect(cmp.showPreferences).toHaveBeenCalledTimes(1);
    expect(cmp.set).not.toHaveBeenCalled();
  });

  it('links the cookie policy only when the config has one', () => {
    const { unmount } = render({ cmp: fakeCmp() });
    expect(screen.queryByRole('link')).toBeNull();
    unmount();
    render({ cmp: fakeCmp({ config: { policyUrl: '/privacy' } }) });
    expect(screen.getByRole('link', { name: 'Cookie policy' }).getAttribute('href')).toBe('/privacy');
  });

  it('renders texts as text, never as markup', () => {
    const hostile = { ...texts, bannerText: '<img src=x onerror=alert(1)>' };
    const { container } = render({ cmp: fakeCmp(), texts: hostile });
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says that Global Privacy Control is honoured when the signal is on', () => {
    render({ cmp: fakeCmp(), gpc: texts.gpcNone });
    expect(screen.getByText(texts.gpcNone)).toBeTruthy();
  });

  it('takes its layout and position from the config as private classes', () => {
    render({ cmp: fakeCmp({ config: { layout: 'box', position: 'top-right' } }) });
    expect(screen.getByRole('region').className).toBe('b box top right');
  });

  describe('in opt-out mode', () => {
    it('is a notice whose "Do Not Sell or Share" refuses other, and whose OK records the state in force', () => {
      const cmp = fakeCmp({ config: { mode: 'opt-out' } });
      render({ cmp });
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
      render({ cmp });
      expect(screen.getAllByRole('button').map((button) => button.dataset.action)).toEqual(['dismiss', 'preferences']);
    });
  });

  it('in notice mode only informs: OK and the preferences', () => {
    const cmp = fakeCmp({ config: { mode: 'notice' } });
    render({ cmp });
    expect(screen.getByRole('region').textContent).toContain(texts.noticeText);
    expect(screen.getAllByRole('button').map((button) => button.dataset.action)).toEqual(['dismiss', 'preferences']);
  });
});
