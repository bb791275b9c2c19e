// The preference centre: switches, saving, focus, texts and the preset seam.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PreferencesDialog } from '../../banner/preferences/dialog';
import type { PresetTexts } from '../../banner/preset-texts';
import { texts } from '../../banner/texts/en';
import { categoriesView } from '../../banner/preferences/categories';
import { mergeTexts } from '../../banner/view-model';
import type { TextOverrides } from '../../src/index';
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
  const merged = mergeTexts(texts, options.texts ?? {});
  const categories = categoriesView(cmp.config, merged, cmp.config.translations[cmp.language] as TextOverrides | undefined, presets);
  const view = render(<PreferencesDialog cmp={cmp} texts={merged} categories={categories} gpc="" onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: 'Cookie preferences' });
  return { cmp, onClose, dialog, ...view };
}

/** Opens every category's details, as a visitor would with its disclosure button. */
const expandAll = () => {
  for (const button of screen.getAllByRole('button', { expanded: false })) fireEvent.click(button);
};

const switchOf = (name: string) => screen.getByRole('switch', { name }) as HTMLInputElement;

afterEach(cleanup);

describe('PreferencesDialog', () => {
  it('is a labelled modal dialog with the SPEC hooks', () => {
    const { dialog } = open();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('part')).toBe('preferences');
    expect([...dialog.querySelectorAll('button[data-action]')].map((button) => button.getAttribute('data-action'))).toEqual(['close', 'save', 'accept-all', 'reject-all']);
    // The actions sit in the footer, after the scrolling body.
    expect(dialog.lastElementChild!.querySelectorAll('button').length).toBe(3);
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
    expandAll();
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
    expandAll();
    fireEvent.click(switchOf('Analytical cookies'));
    fireEvent.click(switchOf('YouTube'));
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(cmp.set).toHaveBeenCalledWith({ analytical: true, functional: false, other: false, services: { ga: true, youtube: true, maps: false } }, 'custom');
  });

  it('turns the services of a category with it, and a service alone', () => {
    const { cmp } = open();
    expandAll();
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
    expandAll();
    const tables = screen.getAllByRole('table');
    const rows = (table: HTMLElement) => within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows(tables[0]!)).toEqual([
      ['Name', 'Provider', 'Duration', 'Type', 'Purpose'],
      ['consentry', 'This site', '6 months', 'Persistent', 'Your cookie choices.'],
    ]);
    expect(rows(tables[1]!).slice(1)).toEqual([
      ['_ga', 'Google Ireland Ltd.', '2 years', 'Persistent', 'Tells visitors apart.'],
      ['_ga_*', 'Google Ireland Ltd.', '13 months', 'Persistent', 'Keeps the session.'],
    ]);
    expect(screen.getAllByRole('columnheader')[0]!.getAttribute('scope')).toBe('col');
  });

  it('names a preset service by its preset, and its purpose in the current language when there is one', () => {
    open({ texts: { servicePurposes: { 'google-analytics': 'Mesure les visites.' } } });
    expandAll();
    expect(switchOf('Google Analytics').getAttribute('aria-describedby')).toBe('sd-ga');
    expect(screen.getByText('Mesure les visites.').id).toBe('sd-ga');
    expect(screen.getAllByRole('link', { name: 'Privacy policy' }).map((link) => link.getAttribute('href'))).toEqual([
      'https://policies.google.com/privacy',
      'https://policies.google.com/privacy',
    ]);
  });

  it('falls back to the service id, and shows no cookie table, without preset texts', () => {
    open({}, {});
    expandAll();
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

  it('moves focus to its title, and keeps Tab inside', () => {
    const { dialog, onClose } = open();
    const title = screen.getByRole('heading', { level: 2, name: 'Cookie preferences' });
    expect(document.activeElement).toBe(title);
    expect(dialog.getAttribute('aria-labelledby')).toBe(title.id);
    // Backwards from the title wraps to the last action.
    const last = within(dialog).getByRole('button', { name: 'Reject all' });
    fireEvent.keyDown(title, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    const close = screen.getByRole('button', { name: 'Close' });
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('shows a category’s details through a disclosure button that says whether it is open', () => {
    open();
    const button = screen.getByRole('button', { name: 'Functional cookies' });
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect([button.getAttribute('aria-expanded'), panel.hidden]).toEqual(['false', true]);
    expect(screen.queryByRole('switch', { name: 'YouTube' })).toBeNull();
    fireEvent.click(button);
    expect([button.getAttribute('aria-expanded'), panel.hidden]).toEqual(['true', false]);
    expect(within(panel).getByText(texts.categories.functional!.description)).toBeTruthy();
    expect(within(panel).getByRole('switch', { name: 'YouTube' })).toBeTruthy();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('saves switches whose category is folded away too', () => {
    const { cmp } = open({ record: { categories: { necessary: true, analytical: false, functional: true, other: false }, services: { ga: false, youtube: true, maps: false } } });
    fireEvent.click(screen.getByRole('button', { name: 'Save choices' }));
    expect(cmp.set).toHaveBeenCalledWith({ analytical: false, functional: true, other: false, services: { ga: false, youtube: true, maps: false } }, 'custom');
  });

  it('tells session cookies from persistent ones, and says nothing when the duration is unknown', () => {
    open({ config: { services: {}, categories: { necessary: { readOnly: true, cookies: [{ name: 'sid', duration: 'Session' }, { name: 'pref', duration: '1 year' }, { name: 'x' }] } } } });
    expandAll();
    const types = within(screen.getByRole('table')).getAllByRole('row').slice(1).map((row) => row.children[3]!.textContent);
    expect(types).toEqual(['Session', 'Persistent', '']);
  });

  it('shows the consent id and downloads the stored record as JSON', async () => {
    const record = { id: '7f1c2b1e-0000-4000-8000-000000000001', method: 'custom', categories: { necessary: true, analytical: true } };
    open({ record: record as never });
    expect(screen.getByText(record.id).localName).toBe('code');
    const saved: Blob[] = [];
    const names: string[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:x'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Download my consent record' }));
      await vi.waitFor(() => expect(names).toEqual([`consent-${record.id}.json`]));
      const text = await new Promise<string>((done) => {
        const reader = new FileReader();
        reader.onload = () => done(reader.result as string);
        reader.readAsText(saved[0]!);
      });
      expect(JSON.parse(text)).toEqual(record);
      expect(saved[0]!.type).toBe('application/json');
    } finally {
      create.mockRestore();
      click.mockRestore();
    }
  });

  it('offers no download before the visitor has chosen', () => {
    open();
    expect(screen.queryByRole('button', { name: 'Download my consent record' })).toBeNull();
  });

  it('skips the disabled necessary switch when tabbing', () => {
    open();
    const tabbable = [...document.querySelectorAll('dialog input')].filter((input) => !(input as HTMLInputElement).disabled);
    expect(tabbable.map((input) => input.getAttribute('name'))).not.toContain('necessary');
  });
});
