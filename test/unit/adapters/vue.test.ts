// consentry/vue in jsdom with the real Vue 3 and the real core: the instance starts after
// mount, the composable follows every choice, and unmount cleans up.
import { createApp, defineComponent, h, nextTick } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import consentry, { useConsent } from '../../../adapters/vue/index';
import type { Consentry } from '../../../src/index';

const LIVE = Symbol.for('consentry');
const live = () => (window as unknown as Record<symbol, Consentry | undefined>)[LIVE];
let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
});

const Probe = defineComponent({
  setup() {
    const { record, accepted } = useConsent();
    return () => h('p', `${record.value ? record.value.method : 'none'} ${accepted('analytical') ? 'on' : 'off'}`);
  },
});

function mount() {
  const app = createApp(Probe).use(consentry, { autoShow: false });
  expect(live()).toBeUndefined(); // nothing before mount
  const container = document.body.appendChild(document.createElement('div'));
  app.mount(container);
  unmount = () => app.unmount();
  return container;
}

describe('consentry/vue', () => {
  it('starts after mount and follows a choice and a withdrawal', async () => {
    const container = mount();
    expect(live()).toBeDefined();
    await nextTick();
    expect(container.textContent).toBe('none off');
    // The first page with a config waits for the manager to check it (README, Size).
    await new Promise((resolve) => live()!.on('ready', resolve));
    live()!.set({ analytical: true });
    await nextTick();
    expect(container.textContent).toBe('api on');
    live()!.reset();
    await nextTick();
    expect(container.textContent).toBe('none off');
  });

  it('destroys the instance on unmount', () => {
    mount();
    unmount!();
    unmount = undefined;
    expect(live()).toBeUndefined();
  });

  it('names the missing plugin', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const app = createApp(Probe);
    app.config.errorHandler = (error) => {
      throw error;
    };
    expect(() => app.mount(document.body.appendChild(document.createElement('div')))).toThrow(
      'consentry/vue: useConsent() needs app.use(consentry, config) first',
    );
    warn.mockRestore();
  });
});
