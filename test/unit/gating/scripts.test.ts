import { describe, expect, it, vi } from 'vitest';
import { createScriptQueue, runnableScript } from '../../../src/gate/scripts';
import { testEnv } from '../../helpers/env';

const gate = (html: string) => {
  document.body.insertAdjacentHTML('beforeend', html);
  return document.body.lastElementChild as HTMLScriptElement;
};

describe('runnableScript', () => {
  it('keeps the other attributes, takes the real type and source, and marks itself as Consentry’s own', () => {
    const own = new WeakSet<Element>();
    const script = runnableScript(
      gate('<script type="text/plain" data-consent="analytical" data-type="module" data-src="https://t.example/a.js" id="a" async crossorigin="anonymous" data-x="1"></script>'),
      'n0nce',
      own,
    );
    expect(script.getAttribute('type')).toBe('module');
    expect(script.src).toBe('https://t.example/a.js');
    expect(script.nonce).toBe('n0nce');
    expect([...script.attributes].map((a) => a.name).filter((name) => name !== 'nonce').sort()).toEqual(['async', 'crossorigin', 'data-x', 'id', 'src', 'type']);
    expect(own.has(script)).toBe(true);
  });

  it('copies an inline body as text and the nonce from the .nonce property', () => {
    const original = gate('<script type="text/plain" data-consent="analytical">window.x = "<b>1</b>";</script>');
    original.nonce = 'from-property';
    const script = runnableScript(original, undefined, new WeakSet());
    expect(script.hasAttribute('type')).toBe(false);
    expect(script.text).toBe('window.x = "<b>1</b>";');
    expect(script.nonce).toBe('from-property');
  });

  it('falls back to src when there is no data-src', () => {
    expect(runnableScript(gate('<script type="text/plain" data-consent="a" src="/x.js"></script>'), undefined, new WeakSet()).getAttribute('src')).toBe('/x.js');
  });
});

describe('createScriptQueue', () => {
  it('replaces gates in the given order, once, and lets a script that never loads stop holding the next after the timeout', async () => {
    vi.useFakeTimers();
    const log = vi.fn();
    const enqueue = createScriptQueue(testEnv(), log, () => undefined, new WeakSet(), 50);
    const external = gate('<script type="text/plain" data-consent="a" data-src="https://never.example/a.js"></script>');
    const inline = gate('<script type="text/plain" data-consent="a" id="inline">1</script>');
    enqueue(external);
    enqueue(inline);
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelector('script[src="https://never.example/a.js"]')).not.toBeNull();
    expect(inline.isConnected).toBe(true);
    await vi.advanceTimersByTimeAsync(60);
    expect(inline.isConnected).toBe(false);
    expect(document.querySelectorAll('script#inline')).toHaveLength(1);
    expect(log).toHaveBeenCalledWith('warn', 'https://never.example/a.js: no load or error in 0.05 s; the scripts after it run');
    vi.useRealTimers();
  });

  it('skips a gate the page removed before its turn: no preload left, nothing held up behind it', async () => {
    vi.useFakeTimers();
    const enqueue = createScriptQueue(testEnv(), vi.fn(), () => undefined, new WeakSet(), 1000);
    const first = gate('<script type="text/plain" data-consent="a" data-src="https://slow.example/first.js"></script>');
    const removed = gate('<script type="text/plain" data-consent="a" data-src="https://never.example/removed.js"></script>');
    const after = gate('<script type="text/plain" data-consent="a" id="after">1</script>');
    enqueue(first);
    enqueue(removed);
    enqueue(after);
    removed.remove();
    expect(document.querySelectorAll('link[rel="preload"]')).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(0);
    // The first one loads: the removed one must not wait for a load that never comes.
    document.querySelector('script[src="https://slow.example/first.js"]')!.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(0);
    expect(after.isConnected).toBe(false);
    expect(document.querySelectorAll('script#after')).toHaveLength(1);
    expect(document.querySelector('script[src="https://never.example/removed.js"]')).toBeNull();
    expect(document.querySelectorAll('link[rel="preload"]')).toHaveLength(0);
    vi.useRealTimers();
  });

  it('inserts consecutive external scripts at once, ordered by the browser (async off), and holds an inline one until they are done', async () => {
    const enqueue = createScriptQueue(testEnv(), vi.fn(), () => undefined, new WeakSet(), 1000);
    const first = gate('<script type="text/plain" data-consent="a" data-src="https://one.example/a.js"></script>');
    const second = gate('<script type="text/plain" data-consent="a" data-src="https://two.example/b.js"></script>');
    const own = gate('<script type="text/plain" data-consent="a" data-src="https://three.example/c.js" async></script>');
    const inline = gate('<script type="text/plain" data-consent="a" id="inline">1</script>');
    for (const script of [first, second, own, inline]) enqueue(script);
    const inserted = () => [...document.querySelectorAll<HTMLScriptElement>('script[src]')];
    await vi.waitFor(() => expect(inserted()).toHaveLength(3));
    // (jsdom has no `async` property of its own: the attribute is what the copy kept.)
    expect(inserted().map((script) => [script.async, script.hasAttribute('async')])).toEqual([[false, false], [false, false], [undefined, true]]);
    expect(inline.isConnected).toBe(true);
    for (const script of inserted().slice(0, 2)) script.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(inline.isConnected).toBe(true); // the async one has not loaded yet
    inserted()[2]!.dispatchEvent(new Event('error'));
    await vi.waitFor(() => expect(inline.isConnected).toBe(false));
    expect(document.querySelectorAll('script#inline')).toHaveLength(1);
  });

  it('runs a held script as the same element, its type and handlers back, in turn', async () => {
    const enqueue = createScriptQueue(testEnv(), vi.fn(), () => 'n0nce', new WeakSet());
    const held = gate('<script type="text/plain" data-type="" src="https://held.example/tag.js"></script>');
    const onload = vi.fn();
    held.onload = onload;
    enqueue(held, true);
    await vi.waitFor(() => expect(held.hasAttribute('type')).toBe(false));
    expect(document.querySelectorAll('script')).toEqual(expect.objectContaining({ length: 1, 0: held }));
    expect(held.nonce).toBe('n0nce');
    held.dispatchEvent(new Event('load'));
    expect(onload).toHaveBeenCalledOnce();
  });
});
