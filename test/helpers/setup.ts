// Every test starts from an empty page: no mocks, no cookies, no body, no leftover instance.
import { afterEach, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as { cookie?: string }).cookie; // undoes blockCookies()
  (window as { Consentry?: { destroy(): void } }).Consentry?.destroy();
  delete (window as { Consentry?: unknown }).Consentry;
  for (const pair of document.cookie.split('; ')) {
    const name = pair.split('=')[0];
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});
