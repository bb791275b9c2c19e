// The public types, tested by the type checker (`npm run typecheck`): what must compile, and
// with @ts-expect-error, what must not. Nothing here runs.
import { createConsentry, validateConfig, type Config, type ConsentRecord, type ConfigIssue } from '../../src/index';

const cmp = createConsentry({ policyUrl: '/privacy', services: { ga: 'google-analytics', yt: { category: 'functional' } } });

cmp.on('change', ({ record, changed }) => {
  const names: string[] = changed;
  const maybe: ConsentRecord | null = record;
  void names;
  void maybe;
});
cmp.on('consent', (record) => record.categories.analytical === true);
cmp.on('show', ({ view }) => view === 'banner' || view === 'preferences');
const off: () => void = cmp.on('ready', ({ record }) => record?.id);
off();

// @ts-expect-error: no such event
cmp.on('accepted', () => {});
// @ts-expect-error: `consent` hands over the record, which has no `view`
cmp.on('consent', ({ view }) => view);
// @ts-expect-error: set() takes booleans
cmp.set({ analytical: 'yes' });
// @ts-expect-error: the method is "custom" or "api"
cmp.set({ analytical: true }, 'banner');
// @ts-expect-error: the record is read-only
cmp.get()!.id = 'x';

const issues: ConfigIssue[] = validateConfig({ revision: 1 });
const level: 'error' | 'warning' = issues[0]!.level;
void level;

const config: Config = { mode: { default: 'opt-in', US: 'opt-out' }, cookie: { sameSite: 'Strict' } };
// @ts-expect-error: a mode map needs a default
const noDefault: Config = { mode: { US: 'opt-out' } };
// @ts-expect-error: sameSite is Lax, Strict or None
const badSameSite: Config = { cookie: { sameSite: 'lax' } };
void config;
void noDefault;
void badSameSite;
