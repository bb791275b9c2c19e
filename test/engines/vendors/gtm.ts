// Google Tag Manager: https://developers.google.com/tag-platform/tag-manager/web
// The inline loader pushes `gtm.js` and inserts gtm.js?id=GTM-…; the <noscript> iframe is for
// browsers without JavaScript. The fake container runs a GA4 tag: a page_view and engagement
// hits to region1.google-analytics.com, and the _ga cookie.
import type { Vendor } from './vendor';

export const gtm: Vendor = {
  id: 'gtm',
  title: 'Google Tag Manager',
  services: { gtm: 'google-tag-manager', ga: 'google-analytics' },
  head: `<!-- Google Tag Manager -->
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-TEST1');</script>
<!-- End Google Tag Manager -->`,
  body: `<!-- Google Tag Manager (noscript) -->
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-TEST1"
height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<!-- End Google Tag Manager (noscript) -->`,
  files: {
    'www.googletagmanager.com/gtm.js': {
      script: `
        var started = window.dataLayer.some(function (entry) { return entry.event === 'gtm.js'; });
        mark(started ? 'gtm:container' : 'gtm:no-gtm.js-event');
        window.google_tag_manager = { 'GTM-TEST1': { dataLayer: window.dataLayer } };
        setCookie('_ga');
        navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&tid=G-INGTM&en=page_view');
        keepSending(function () {
          send(stamp('https://region1.google-analytics.com/g/collect?v=2&tid=G-INGTM&en=user_engagement'), { method: 'POST', mode: 'no-cors', keepalive: true });
        });`,
    },
  },
  works: ['www.googletagmanager.com/gtm.js?id=GTM-TEST1', 'region1.google-analytics.com/g/collect?v=2&tid=G-INGTM&en=page_view', 'region1.google-analytics.com/g/collect?v=2&tid=G-INGTM&en=user_engagement'],
  ran: ['gtm:container'],
  cookies: ['_ga'],
};
