// consentry/server's types, tested by the type checker (`npm run typecheck`): Node's request
// headers and the Web's Headers both fit, and misuse does not compile. Nothing here runs.
import type { IncomingMessage } from 'node:http';
import { REGION_HEADERS, consentCookie, gpcFromHeaders, readConsent, regionFromHeaders, type ConsentRecord, type RegionHeader } from '../../src/server/index';

declare const req: IncomingMessage;
declare const request: Request;

const fromNode: ConsentRecord | null = readConsent(req.headers.cookie, { config: { revision: 1 }, now: new Date() });
const fromWeb: ConsentRecord | null = readConsent(request.headers.get('cookie'), { now: Date.now() });
const cookie: string | null = fromNode && consentCookie(fromNode, { config: { cookie: { name: 'consent' } }, secure: false });
const gpc: boolean = gpcFromHeaders(req.headers) || gpcFromHeaders(request.headers);
const region: string | undefined = regionFromHeaders(req.headers, [...REGION_HEADERS, 'x-region', ['x-country', 'x-state']]) ?? regionFromHeaders(request.headers);
const names: readonly RegionHeader[] = REGION_HEADERS;
void [fromWeb, cookie, gpc, region, names];

// @ts-expect-error: the Cookie header, not the whole headers object
readConsent(req.headers);
// @ts-expect-error: the config is a Consentry config
readConsent('', { config: { revision: 'one' } });
// @ts-expect-error: a record, not the cookie's value
consentCookie('1~…');
// @ts-expect-error: a pair is a country header and a subdivision header
regionFromHeaders(req.headers, [['cf-ipcountry']]);
// @ts-expect-error: REGION_HEADERS is the default, not to be changed
REGION_HEADERS.push('x-region');
