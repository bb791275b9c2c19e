/**
 * The config and the clock as the server reads a choice against them. The config goes
 * through the validator the manager uses, so one module owns its rules (`categories`
 * replaces the default set, `necessary` is always read-only, the cookie's browser rules);
 * its issues are the page's to report, not each request's.
 */
import { presetService } from '../gate/presets';
import { normalizeConfig } from '../manager/validate';
import type { Config, ResolvedConfig } from '../types';

export interface ServerOptions {
  /** The site's config, as its pages have it: the cookie, revision, categories and services. Default: the embedded default. */
  config?: Config;
  /** When to judge the record (milliseconds or a Date). Default: now. */
  now?: number | Date;
}

export const serverConfig = (options: ServerOptions | undefined): ResolvedConfig => normalizeConfig(options?.config, presetService).config;

export const serverNow = (options: ServerOptions | undefined): number => (options?.now === undefined ? Date.now() : +options.now);
