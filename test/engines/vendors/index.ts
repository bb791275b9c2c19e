// The vendor-snippet suite's vendors, in the order the issue lists them.
import { clarity } from './clarity';
import { gtag } from './gtag';
import { gtm } from './gtm';
import { hotjar } from './hotjar';
import { linkedin } from './linkedin';
import { metaPixel } from './meta-pixel';
import { tiktok } from './tiktok';
import { uet } from './uet';
import type { Vendor } from './vendor';
import { youtube } from './youtube';

export type { Vendor } from './vendor';
export { serveVendors, type VendorServer } from './server';
export const VENDORS: Vendor[] = [gtm, gtag, metaPixel, hotjar, clarity, uet, linkedin, tiktok, youtube];
