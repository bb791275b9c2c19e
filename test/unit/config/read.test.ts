import { describe, expect, it, vi } from 'vitest';
import { readScriptConfig } from '../../../src/loader/read-config';
import { testEnv } from '../../helpers/env';

function loader(attributes: Record<string, string> = {}) {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}
const read = (script: HTMLScriptElement | null = loader(), log = vi.fn()) => readScriptConfig(testEnv(), script, log);
const jsonBlock = (id: string, json: string, type = 'application/json') =>
  document.head.insertAdjacentHTML('beforeend', `<script type="${type}" id="${id}">${json}</script>`);

describe('readScriptConfig', () => {
  it('reads #consentry-config', () => {
    jsonBlock('consentry-config', '{"policyUrl":"/privacy"}');
    expect(read()).toEqual({ policyUrl: '/privacy' });
  });

  it('prefers the element named by data-config', () => {
    jsonBlock('consentry-config', '{"policyUrl":"/a"}');
    jsonBlock('mine', '{"policyUrl":"/b"}');
    expect(read(loader({ 'data-config': '#mine' }))).toEqual({ policyUrl: '/b' });
  });

  it('falls back to #consentry-config when data-config matches nothing or is not a selector', () => {
    jsonBlock('consentry-config', '{"revision":1}');
    const log = vi.fn();
    expect(read(loader({ 'data-config': '#missing' }), log)).toEqual({ revision: 1 });
    expect(read(loader({ 'data-config': '[[' }), log)).toEqual({ revision: 1 });
    expect(log.mock.calls).toEqual([
      ['error', 'data-config="#missing" matches no element'],
      ['error', 'data-config="[[" matches no element'],
    ]);
  });

  it('survives a window.consentryConfig that throws, reading it or its keys', () => {
    const log = vi.fn();
    const throwing = (value: PropertyDescriptor) => Object.defineProperty(window, 'consentryConfig', { ...value, configurable: true });
    try {
      throwing({ get: () => { throw new Error('boom'); } });
      expect(read(loader({ nonce: 'n1' }), log)).toEqual({ nonce: 'n1' });
      throwing({ value: { get revision() { throw new Error('bang'); } } });
      expect(read(loader(), log)).toEqual({});
    } finally {
      delete (window as { consentryConfig?: unknown }).consentryConfig;
    }
    expect(log.mock.calls).toEqual([
      ['error', 'window.consentryConfig: boom; using the default configuration'],
      ['error', 'window.consentryConfig: bang; using the default configuration'],
    ]);
  });

  it('then window.consentryConfig, then nothing', () => {
    expect(read()).toEqual({});
    (window as { consentryConfig?: unknown }).consentryConfig = { revision: 2 };
    expect(read()).toEqual({ revision: 2 });
    delete (window as { consentryConfig?: unknown }).consentryConfig;
  });

  it('uses the default configuration for invalid JSON, and says where', () => {
    jsonBlock('consentry-config', '{ policyUrl: "/privacy" }');
    const log = vi.fn();
    expect(read(loader(), log)).toEqual({});
    expect(log).toHaveBeenCalledWith('error', expect.stringMatching(/^#consentry-config: .*JSON.*; using the default configuration$/));
  });

  it('refuses a config block that is not JSON, so no inline script is ever run for it', () => {
    jsonBlock('consentry-config', '{"revision":1}', 'text/javascript');
    const log = vi.fn();
    expect(read(loader(), log)).toEqual({});
    expect(log).toHaveBeenCalledWith('error', '#consentry-config: not a <script type="application/json">; using the default configuration');
  });

  it('refuses a clobbered window.consentryConfig', () => {
    document.body.innerHTML = '<img id="consentryConfig" name="consentryConfig">';
    const log = vi.fn();
    (window as { consentryConfig?: unknown }).consentryConfig = document.getElementById('consentryConfig');
    expect(read(loader(), log)).toEqual({});
    expect(log).toHaveBeenCalledWith('error', 'window.consentryConfig: an element, not a config object; using the default configuration');
    delete (window as { consentryConfig?: unknown }).consentryConfig;
  });

  it('takes the region and nonce from the loader tag, under what the config says', () => {
    const script = loader({ 'data-region': 'US-CA' });
    script.nonce = 'abc123';
    expect(read(script)).toEqual({ region: 'US-CA', nonce: 'abc123' });
    jsonBlock('consentry-config', '{"region":"EU"}');
    expect(read(script)).toEqual({ region: 'EU', nonce: 'abc123' });
  });

  it('passes a non-object config through for validation to report', () => {
    jsonBlock('consentry-config', '[1,2]');
    expect(read()).toEqual([1, 2]);
  });
});
