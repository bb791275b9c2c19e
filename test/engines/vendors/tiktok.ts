// TikTok Pixel: https://ads.tiktok.com/help/article/get-started-pixel (the base code)
// The stub defers ttq methods into the ttq array and inserts events.js?sdkid=…; the library
// replays the queue, sets _ttp and ttcsid, and POSTs events to analytics.tiktok.com.
import type { Vendor } from './vendor';

export const tiktok: Vendor = {
  id: 'tiktok',
  title: 'TikTok Pixel',
  services: { tiktok: 'tiktok-pixel' },
  head: `<!-- TikTok Pixel Code Start -->
<script>
!function (w, d, t) {
  w.TiktokAnalyticsObject=t;var ttq=w[t]=w[t]||[];ttq.methods=["page","track","identify","instances","debug","on","off","once","ready","alias","group","enableCookie","disableCookie","holdConsent","revokeConsent","grantConsent"],ttq.setAndDefer=function(t,e){t[e]=function(){t.push([e].concat(Array.prototype.slice.call(arguments,0)))}};for(var i=0;i<ttq.methods.length;i++)ttq.setAndDefer(ttq,ttq.methods[i]);ttq.instance=function(t){for(
var e=ttq._i[t]||[],n=0;n<ttq.methods.length;n++)ttq.setAndDefer(e,ttq.methods[n]);return e},ttq.load=function(e,n){var r="https://analytics.tiktok.com/i18n/pixel/events.js",o=n&&n.partner;ttq._i=ttq._i||{},ttq._i[e]=[],ttq._i[e]._u=r,ttq._t=ttq._t||{},ttq._t[e]=+new Date,ttq._o=ttq._o||{},ttq._o[e]=n||{};n=document.createElement("script")
;n.type="text/javascript",n.async=!0,n.src=r+"?sdkid="+e+"&lib="+t;e=document.getElementsByTagName("script")[0];e.parentNode.insertBefore(n,e)};

  ttq.load('TESTPIXEL1');
  ttq.page();
}(window, document, 'ttq');
</script>
<!-- TikTok Pixel Code End -->`,
  files: {
    'analytics.tiktok.com/i18n/pixel/events.js': {
      script: `
        var ttq = window[window.TiktokAnalyticsObject];
        var pixel = Object.keys(ttq._i)[0];
        var report = function (event) {
          send('https://analytics.tiktok.com/api/v2/pixel', { method: 'POST', mode: 'no-cors', keepalive: true, body: JSON.stringify({ pixel: pixel, event: event }) });
        };
        ttq.filter(function (call) { return call[0] === 'page'; }).forEach(function () { mark('tiktok:page'); report('Pageview'); });
        setCookie('_ttp');
        setCookie('ttcsid');
        keepSending(function () {
          send(stamp('https://analytics.tiktok.com/api/v2/pixel/act'), { method: 'POST', mode: 'no-cors', body: pixel });
        });`,
    },
  },
  works: ['analytics.tiktok.com/i18n/pixel/events.js?sdkid=TESTPIXEL1&lib=ttq', 'analytics.tiktok.com/api/v2/pixel', 'analytics.tiktok.com/api/v2/pixel/act'],
  ran: ['tiktok:page'],
  cookies: ['_ttp', 'ttcsid'],
};
