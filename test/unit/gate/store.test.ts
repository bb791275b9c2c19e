// Where the choice is kept: the gate writes its one cookie and reads it back; the manager
// repairs what the gate's write could not settle (copies elsewhere, a dropped cookie).
import { describe, expect, it, vi } from 'vitest';
import { createStore } from '../../../src/gate/store';
import { repairStoredChoice } from '../../../src/manager/cookies';
import { blockCookies, testEnv } from '../../helpers/env';

const options = { name: 'consentry', path: '/', sameSite: 'Lax' as const, expiresDays: 182 };
const inAYear = new Date(Date.now() + 365 * 86_400_000);

/** Counts the reads and writes of document.cookie while `run` runs. */
async function countAccess(run: () => unknown): Promise<{ reads: number; writes: number }> {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  const count = { reads: 0, writes: 0 };
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => (count.reads++, descriptor.get!.call(document)),
    set: (value) => (count.writes++, descriptor.set!.call(document, value)),
  });
  try {
    await run();
  } finally {
    delete (document as { cookie?: string }).cookie;
  }
  return count;
}

describe('the gate’s store', () => {
  it('writes the cookie once and reads it back', async () => {
    const store = createStore(testEnv(), options);
    let kept = false;
    expect((await countAccess(() => (kept = store.write('1~abc', inAYear)))).writes).toBe(1);
    expect(kept).toBe(true);
    expect(document.cookie).toBe('consentry=1~abc');
    expect(store.values()).toEqual(['1~abc']);
  });

  it('reads document.cookie once per task, however many readers ask', async () => {
    document.cookie = 'consentry=a; path=/';
    const store = createStore(testEnv(), options);
    const { reads } = await countAccess(async () => {
      expect([store.values(), store.values()]).toEqual([['a'], ['a']]);
      await Promise.resolve();
      store.values();
    });
    expect(reads).toBe(2);
  });

  it('clears the cookie, and says when copies elsewhere remain', () => {
    const store = createStore(testEnv(), options);
    store.write('1~abc', inAYear);
    expect(store.clear()).toBe(true);
    expect(document.cookie).toBe('');
    history.replaceState(null, '', '/shop/cart');
    document.cookie = 'consentry=shop-copy; path=/shop';
    expect(createStore(testEnv(), options).clear()).toBe(false);
    document.cookie = 'consentry=; path=/shop; max-age=0';
    history.replaceState(null, '', '/');
  });

  it('keeps the choice in memory when the browser drops the cookie, or the value is over 1 KB', () => {
    const dropped = createStore(testEnv(), { ...options, domain: 'other.example' });
    expect(dropped.write('1~abc', inAYear)).toBe(false);
    expect(document.cookie).toBe('');
    expect(dropped.values()).toEqual(['1~abc']);
    const big = createStore(testEnv(), options);
    expect(big.write('x'.repeat(1025), inAYear)).toBe(false);
    expect(document.cookie).toBe('');
    expect(big.values()).toEqual(['x'.repeat(1025)]);
  });

  it('works in memory when cookies throw (sandboxed frames, blocked storage)', () => {
    const store = createStore(testEnv(), options);
    blockCookies();
    expect(store.values()).toEqual([]);
    expect(store.write('1~abc', inAYear)).toBe(false);
    expect(store.values()).toEqual(['1~abc']);
    store.clear();
    expect(store.values()).toEqual([]);
  });
});

describe('the manager’s repair', () => {
  it('removes copies on other paths and keeps one', () => {
    history.replaceState(null, '', '/shop/cart');
    document.cookie = 'consentry=root-copy; path=/';
    document.cookie = 'consentry=shop-copy; path=/shop';
    const log = vi.fn();
    repairStoredChoice(testEnv(), options, log, '1~new', inAYear);
    expect(document.cookie).toBe('consentry=1~new');
    expect(log).not.toHaveBeenCalled();
    history.replaceState(null, '', '/');
  });

  it('removes a stored value that is no valid choice, and says so', () => {
    document.cookie = 'consentry=edited; path=/';
    const log = vi.fn();
    repairStoredChoice(testEnv(), options, log);
    expect(document.cookie).toBe('');
    expect(log).toHaveBeenCalledWith('warn', 'cookie "consentry": not a valid choice (edited, expired or another revision); removed, asking again');
  });

  it('says why the choice holds for this page only: a cookie the browser drops, a value over 1 KB, cookies that throw', () => {
    const log = vi.fn();
    repairStoredChoice(testEnv(), { ...options, domain: 'other.example' }, log, '1~abc', inAYear);
    expect(log).toHaveBeenCalledWith('error', expect.stringContaining('the browser did not keep the cookie "consentry"'));
    repairStoredChoice(testEnv(), options, log, 'x'.repeat(1025), inAYear);
    expect(log).toHaveBeenCalledWith('error', expect.stringContaining('over the 1024 allowed'));
    blockCookies();
    repairStoredChoice(testEnv(), options, log, '1~abc', inAYear);
    expect(log).toHaveBeenCalledWith('error', 'cookies cannot be written; the choice holds for this page only', expect.any(DOMException));
  });
});
