// gtag.js (GA4): https://developers.google.com/tag-platform/gtagjs/install
// Markup <script async src=".../gtag/js?id=G-…"> plus an inline queue: the loader is
// untagged markup, so the preload scanner may fetch it; it must never run before consent.
import type { Vendor } from './vendor';

export const gtag: Vendor = {
  id: 'gtag',
  title: 'gtag.js',
  services: { ga: 'google-analytics' },
  head: `<!-- Google tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=G-TEST2"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'G-TEST2');
</script>`,
  files: {
    'www.googletagmanager.com/gtag/js': {
      script: `
        var configured = window.dataLayer.some(function (entry) { return entry[0] === 'config' && entry[1] === 'G-TEST2'; });
        mark(configured ? 'gtag:config' : 'gtag:no-config');
        setCookie('_ga');
        setCookie('_ga_TEST2');
        navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&tid=G-TEST2&en=page_view');
        keepSending(function () {
          send(stamp('https://region1.google-analytics.com/g/collect?v=2&tid=G-TEST2&en=user_engagement'), { method: 'POST', mode: 'no-cors', keepalive: true });
        });`,
    },
  },
  works: ['www.googletagmanager.com/gtag/js?id=G-TEST2', 'region1.google-analytics.com/g/collect?v=2&tid=G-TEST2&en=page_view', 'region1.google-analytics.com/g/collect?v=2&tid=G-TEST2&en=user_engagement'],
  ran: ['gtag:config'],
  cookies: ['_ga', '_ga_TEST2'],
  preloadable: ['www.googletagmanager.com/gtag/js?id=G-TEST2'],
};
