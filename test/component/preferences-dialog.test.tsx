// The preference centre: switches, saving, focus, texts and the preset seam.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PreferencesDialog } from '../../banner/preferences-dialog';
import type { PresetTexts } from '../../banner/preset-texts';
import { texts } from '../../banner/texts/en';
import { fakeCmp, type FakeOptions } from './fake-cmp';

const PRESETS: PresetTexts = {
  'google-analytics': {
    label: 'Google Analytics',
    provider: 'Google Ireland Ltd.',
    purpose: 'Measures visits.',
    policyUrl: 'https://policies.google.com/privacy',
    cookies: { _ga: { duration: '2 years', purpose: 'Tells visitors apart.' }, '_ga_*': { duration: '2 years', purpose: 'Keeps the session.' } },
  },
};

const SERVICES = {
  ga: { category: 'analytical', preset: 'google-analytics', cookies: [{ name: '_ga' }, { name: '_ga_*', duration: '13 months' }], hosts: [] },
  youtube: { category: 'functional', label: 'YouTube', description: 'Plays embedded videos.', url: 'https://policies.google.com/privacy', cookies: [], hosts: [] },
  maps: { category: 'functional', cookies: [], hosts: [] },
};

function open(options: FakeOptions = {}, presets: PresetTexts = PRESETS) {
  const cmp = fakeCmp({ ...options, config: { services: SERVICES, ...options.config } });
  const onClose = vi.fn();
  const view = render(<PreferencesDialog cmp={cmp} texts={{ ...texts, ...options.texts } as typeof texts} presets={presets} gpc={false} onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' });
  return { cmp, onClose, dialog, ...view };
}

const switchOf = (name: string) => screen.getByRole('switch', { name }) as HTMLInputElement;

afterEach(cleanup);

describe('PreferencesDialog', () => {
  it('is a labelled modal dialog with the SPEC hooks', () => {
    const { dialog } = open();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('part')).toBe('preferences');
    expect([...dialog.querySelectorAll('button[data-action]')].map((button) => button.getAttribute('data-action'))).toEqual(['close', 'save', 'accept-all', 'reject-all']);
  });

  it('has one switch per category: necessary on and disabled, the others off before any choice', () => {
    const { dialog } = open();
    const categorySwitches = [...dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"][role="switch"]:not([name^="services."])')];
    expect(categorySwitches.map((input) => [input.name, input.checked, input.disabled])).toEqual([
      ['necessary', true, true],
      ['analytical', false, false],
      ['functional', false, false],
      ['other', false, false],
    ]);
    expect(switchOf('Necessary cookies').getAttribute('aria-describedby')).toBe('o-necessary d-necessary');
    expect(screen.getByText('Always on').id).toBe('o-necessary');
  });

  it('starts from the stored choice', () => {
    open({ record: { categories: { necessary: true, analytical: true, functional: false, other: true }, services: { ga: false, youtube: true, maps: false } } });
    expect([switchOf('Analytical cookies').checked, switchOf('Functional cookies').checked, switchOf('Other cookies').checked]).toEqual([true, false, true]);
    expect([switchOf('Google Analytics').checked, switchOf('YouTube').checked, switchOf('maps').checked]).toEqual([false, true, false]);
  });

  it('starts from the state in force in opt-out mode: on, except other under Global Privacy Control', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      open({ config: { mode: 'opt-out' } });
      expect([switchOf('Analytical cookies').checked, switchOf('Other cookies').checked]).toEqual([true, false]);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('saves what the switches show, with method "custom"', () => {
    const { cmp } = open();
    fireEvent.click(switchOf('Analytical cookies'));
    fireEvent.click(switchOf('YouTube'));
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(cmp.set).toHaveBeenCalledWith({ analytical: true, functional: false, other: false, services: { ga: true, youtube: true, maps: false } }, 'custom');
  });

  it('turns the services of a category with it, and a service alone', () => {
    const { cmp } = open();
    fireEvent.click(switchOf('Functional cookies'));
    expect([switchOf('YouTube').checked, switchOf('maps').checked]).toEqual([true, true]);
    fireEvent.click(switchOf('maps'));
    expect([switchOf('Functional cookies').checked, switchOf('YouTube').checked, switchOf('maps').checked]).toEqual([true, true, false]);
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(cmp.set.mock.calls[0]![0]).toMatchObject({ functional: true, services: { youtube: true, maps: false } });
  });

  it('accepts, rejects and closes through the API', () => {
    const { cmp, onClose } = open();
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Accept all' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Reject all' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect([cmp.acceptAll.mock.calls.length, cmp.rejectAll.mock.calls.length, onClose.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it('lists each category’s cookies in a table, preset texts filling what the config leaves out', () => {
    open({ config: { categories: { necessary: { readOnly: true, cookies: [{ name: 'consentry', provider: 'This site', duration: '6 months', description: 'Your cookie choices.' }] }, analytical: { readOnly: false, cookies: [] } } } });
    const tables = screen.getAllByRole('table');
    const rows = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows(tables[0]!)).toEqual([
      ['Name', 'Provider', 'Duration', 'Purpose'],
      ['consentry', 'This site', '6 months', 'Your cookie choices.'],
    ]);
    expect(rows(tables[1]!).slice(1)).toEqual([
      ['_ga', 'Google Ireland Ltd.', '2 years', 'Tells visitors apart.'],
      ['_ga_*', 'Google Ireland Ltd.', '13 months', 'Keeps the session.'],
    ]);
    expect(screen.getAllByRole('columnheader')[0]!.getAttribute('scope')).toBe('col');
  });

  it('names a preset service by its preset, and its purpose in the current language when there is one', () => {
    open({ texts: { servicePurposes: { 'google-analytics': 'Mesure les visites.' } } });
    expect(switchOf('Google Analytics').getAttribute('aria-describedby')).toBe('sd-ga');
    expect(screen.getByText('Mesure les visites.').id).toBe('sd-ga');
    expect(screen.getAllByRole('link', { name: 'Privacy policy' }).map((link) => link.getAttribute('href'))).toEqual([
      'https://policies.google.com/privacy',
      'https://policies.google.com/privacy',
    ]);
  });

  it('falls back to the service id, and shows no cookie table, without preset texts', () => {
    open({}, {});
    expect(switchOf('ga')).toBeTruthy();
    expect(screen.getAllByRole('table')).toHaveLength(1);
  });

  it('takes category names from translations, then config labels, then the language texts', () => {
    open({
      language: 'fr',
      config: {
        categories: { necessary: { readOnly: true, cookies: [] }, analytical: { label: 'Statistics', readOnly: false, cookies: [] }, functional: { label: 'Comfort', readOnly: false, cookies: [] } },
        translations: { fr: { categories: { functional: { label: 'Confort' } } } },
      },
      texts: { categories: { necessary: { label: 'Cookies nécessaires', description: 'Toujours là.' } } } as never,
    });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Cookies nécessaires', 'Statistics', 'Confort']);
  });

  it('moves focus to its first control and keeps Tab inside', () => {
    const { dialog, onClose } = open();
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    const last = within(dialog).getByRole('button', { name: 'Reject all' });
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('skips the disabled necessary switch when tabbing', () => {
    open();
    const tabbable = [...document.querySelectorAll('dialog input')].filter((input) => !(input as HTMLInputElement).disabled);
    expect(tabbable.map((input) => input.getAttribute('name'))).not.toContain('necessary');
  });
});
