import { describe, expect, it, vi } from 'vitest';
import { createCookieJar } from '../../../src/consent/cookie-jar';
import { createStorage } from '../../../src/manager/storage';
import { blockCookies, testEnv } from '../../helpers/env';

const options = { name: 'consentry', path: '/', sameSite: 'Lax' as const, expiresDays: 182 };
const inAYear = new Date(Date.now() + 365 * 86_400_000);

function setUp(cookie = options) {
  const log = vi.fn();
  const env = testEnv();
  const jar = createCookieJar(env);
  return { log, jar, storage: createStorage(env, jar, cookie, log) };
}

/** Counts the writes to document.cookie while `run` runs. */
function countWrites(run: () => void): number {
  const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  let writes = 0;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => descriptor.get!.call(document),
    set: (value) => (writes++, descriptor.set!.call(document, value)),
  });
  try {
    run();
  } finally {
    delete (document as { cookie?: string }).cookie;
  }
  return writes;
}

describe('createStorage', () => {
  it('writes the cookie once and reads it back through the jar', () => {
    const { storage, jar, log } = setUp();
    expect(countWrites(() => storage.write('1~abc', inAYear))).toBe(1);
    expect(document.cookie).toBe('consentry=1~abc');
    expect(jar.values('consentry')).toEqual(['1~abc']);
    expect(storage.memory).toBeUndefined();
    expect(log).not.toHaveBeenCalled();
  });

  it('clears the cookie', () => {
    const { storage, jar } = setUp();
    storage.write('1~abc', inAYear);
    storage.clear();
    expect(document.cookie).toBe('');
    expect(jar.values('consentry')).toEqual([]);
  });

  it('removes copies on other paths only when a read found them, and keeps one', () => {
    history.replaceState(null, '', '/shop/cart');
    document.cookie = 'consentry=root-copy; path=/';
    document.cookie = 'consentry=shop-copy; path=/shop';
    const { storage, jar } = setUp();
    expect(jar.values('consentry').sort()).toEqual(['root-copy', 'shop-copy']);
    storage.write('1~new', inAYear);
    jar.forget();
    expect(jar.values('consentry')).toEqual(['1~new']);
    history.replaceState(null, '', '/');
  });

  it('keeps the choice in memory when the browser drops the cookie, and says why', () => {
    const { storage, log } = setUp({ ...options, domain: 'other.example' } as typeof options);
    storage.write('1~abc', inAYear);
    expect(document.cookie).toBe('');
    expect(storage.memory).toBe('1~abc');
    expect(log).toHaveBeenCalledWith('error', expect.stringContaining('the browser did not keep the cookie "consentry"'), undefined);
  });

  it('refuses a value over 1 KB, keeping it in memory', () => {
    const { storage, log } = setUp();
    storage.write('x'.repeat(1025), inAYear);
    expect(document.cookie).toBe('');
    expect(storage.memory).toBe('x'.repeat(1025));
    expect(log).toHaveBeenCalledWith('error', expect.stringContaining('over the 1024 allowed'), undefined);
  });

  it('works in memory when cookies throw (sandboxed frames, blocked storage)', () => {
    const { storage, log } = setUp();
    blockCookies();
    storage.write('1~abc', inAYear);
    expect(storage.memory).toBe('1~abc');
    storage.clear();
    expect(storage.memory).toBeUndefined();
    expect(log).toHaveBeenCalledWith('error', 'cookies cannot be written; the choice holds for this page only', expect.any(DOMException));
  });
});

describe('createCookieJar', () => {
  it('reads document.cookie once per task, however many readers ask', async () => {
    document.cookie = 'a=1; path=/';
    const jar = createCookieJar(testEnv());
    const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    let reads = 0;
    Object.defineProperty(document, 'cookie', { configurable: true, get: () => (reads++, descriptor.get!.call(document)), set: descriptor.set!.bind(document) });
    try {
      expect([jar.values('a'), jar.values('b'), jar.names()]).toEqual([['1'], [], ['a']]);
      expect(reads).toBe(1);
      await Promise.resolve();
      jar.values('a');
      expect(reads).toBe(2);
    } finally {
      delete (document as { cookie?: string }).cookie;
    }
  });
});
