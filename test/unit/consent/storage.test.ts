import { describe, expect, it, vi } from 'vitest';
import { createStorage } from '../../../src/consent/storage';
import { blockCookies, testEnv } from '../../helpers/env';

const options = { name: 'consentry', path: '/', sameSite: 'Lax' as const, expiresDays: 182 };
const inAYear = new Date(Date.now() + 365 * 86_400_000);

describe('createStorage', () => {
  it('writes the cookie and reads it back', () => {
    const log = vi.fn();
    const storage = createStorage(testEnv(), options, log);
    storage.write('1~abc', inAYear);
    expect(document.cookie).toBe('consentry=1~abc');
    expect(storage.read()).toEqual(['1~abc']);
    expect(log).not.toHaveBeenCalled();
  });

  it('clears the cookie', () => {
    const storage = createStorage(testEnv(), options, vi.fn());
    storage.write('1~abc', inAYear);
    storage.clear();
    expect(document.cookie).toBe('');
    expect(storage.read()).toEqual([]);
  });

  it('reads every copy of a duplicated cookie and keeps only one on the next write', () => {
    history.replaceState(null, '', '/shop/cart');
    document.cookie = 'consentry=root-copy; path=/';
    document.cookie = 'consentry=shop-copy; path=/shop';
    const storage = createStorage(testEnv(), options, vi.fn());
    expect(storage.read().sort()).toEqual(['root-copy', 'shop-copy']);
    storage.write('1~new', inAYear);
    expect(storage.read()).toEqual(['1~new']);
    history.replaceState(null, '', '/');
  });

  it('keeps the choice in memory when the browser drops the cookie, and says why', () => {
    const log = vi.fn();
    const storage = createStorage(testEnv(), { ...options, domain: 'other.example' }, log);
    storage.write('1~abc', inAYear);
    expect(document.cookie).toBe('');
    expect(storage.read()).toEqual(['1~abc']);
    expect(log).toHaveBeenCalledWith('error', expect.stringContaining('the browser did not keep the cookie "consentry"'), undefined);
  });

  it('refuses a value over 1 KB, keeping it in memory', () => {
    const log = vi.fn();
    const storage = createStorage(testEnv(), options, log);
    storage.write('x'.repeat(1025), inAYear);
    expect(document.cookie).toBe('');
    expect(storage.read()).toEqual(['x'.repeat(1025)]);
    expect(log).toHaveBeenCalledWith('error', expect.stringContaining('over the 1024 allowed'), undefined);
  });

  it('works in memory when cookies throw (sandboxed frames, blocked storage)', () => {
    const log = vi.fn();
    blockCookies();
    const storage = createStorage(testEnv(), options, log);
    expect(storage.read()).toEqual([]);
    storage.write('1~abc', inAYear);
    expect(storage.read()).toEqual(['1~abc']);
    storage.clear();
    expect(storage.read()).toEqual([]);
    expect(log).toHaveBeenCalledWith('error', 'cookies cannot be read; the choice holds for this page only', expect.any(DOMException));
  });

  it('works in memory without a browser', () => {
    const storage = createStorage(undefined, options, vi.fn());
    storage.write('1~abc', inAYear);
    expect(storage.read()).toEqual(['1~abc']);
  });
});
