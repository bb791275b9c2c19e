// Microsoft UET: https://learn.microsoft.com/en-us/advertising/guides/universal-event-tracking
// The loader creates bat.js and starts the tag from that element's onload handler
// (`new UET(o)`, then push("pageLoad")): a copy of the element would lose the handler (finding 6).
import type { Vendor } from './vendor';

export const uet: Vendor = {
  id: 'uet',
  title: 'Microsoft UET',
  services: { uet: 'microsoft-advertising' },
  head: `<script>(function(w,d,t,r,u){var f,n,i;w[u]=w[u]||[],f=function(){var o={ti:"12345678", enableAutoSpaTracking: true};o.q=w[u],w[u]=new UET(o),w[u].push("pageLoad")},n=d.createElement(t),n.src=r,n.async=1,n.onload=n.onreadystatechange=function(){var s=this.readyState;s&&s!=="loaded"&&s!=="complete"||(f(),n.onload=n.onreadystatechange=null)},i=d.getElementsByTagName(t)[0],i.parentNode.insertBefore(n,i)})(window,document,"script","//bat.bing.com/bat.js","uetq");</script>`,
  body: `<noscript><img src="//bat.bing.com/action/0?ti=12345678&Ver=2" height="0" width="0" style="display:none; visibility: hidden;" /></noscript>`,
  files: {
    'bat.bing.com/bat.js': {
      script: `
        // bat.js only defines UET: the snippet's onload handler starts it.
        window.UET = function (options) { this.ti = options.ti; this.queue = options.q; };
        window.UET.prototype.push = function (event) {
          var ti = this.ti;
          mark('uet:' + event);
          setCookie('_uetsid');
          setCookie('_uetvid');
          new Image().src = 'https://bat.bing.com/action/0?ti=' + ti + '&evt=' + event;
          keepSending(function () { navigator.sendBeacon(stamp('https://bat.bing.com/action/0?ti=' + ti + '&evt=spa')); });
        };`,
    },
  },
  works: ['bat.bing.com/bat.js', 'bat.bing.com/action/0?ti=12345678&evt=pageLoad', 'bat.bing.com/action/0?ti=12345678&evt=spa'],
  ran: ['uet:pageLoad'],
  cookies: ['_uetsid', '_uetvid'],
};
