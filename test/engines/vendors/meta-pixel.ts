// Meta Pixel: https://developers.facebook.com/docs/meta-pixel/get-started
// The inline stub queues fbq() calls and inserts fbevents.js; the library drains the queue,
// sets _fbp and reports to www.facebook.com/tr with image pixels and POSTs.
import type { Vendor } from './vendor';

export const metaPixel: Vendor = {
  id: 'meta-pixel',
  title: 'Meta Pixel',
  services: { facebook: 'meta-pixel' },
  head: `<!-- Meta Pixel Code -->
<script>
!function(f,b,e,v,n,t,s)
{if(f.fbq)return;n=f.fbq=function(){n.callMethod?
n.callMethod.apply(n,arguments):n.queue.push(arguments)};
if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';
n.queue=[];t=b.createElement(e);t.async=!0;
t.src=v;s=b.getElementsByTagName(e)[0];
s.parentNode.insertBefore(t,s)}(window, document,'script',
'https://connect.facebook.net/en_US/fbevents.js');
fbq('init', '1234567890');
fbq('track', 'PageView');
</script>
<noscript><img height="1" width="1" style="display:none"
src="https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1"
/></noscript>
<!-- End Meta Pixel Code -->`,
  files: {
    'connect.facebook.net/en_US/fbevents.js': {
      script: `
        var pixel;
        var call = function (method, a, b) {
          if (method === 'init') pixel = a;
          if (method === 'track') { mark('fbq:' + a); new Image().src = 'https://www.facebook.com/tr/?id=' + pixel + '&ev=' + a; }
        };
        window.fbq.callMethod = function () { call.apply(null, arguments); };
        window.fbq.queue.splice(0).forEach(function (args) { call.apply(null, args); });
        setCookie('_fbp');
        keepSending(function () {
          send(stamp('https://www.facebook.com/tr/'), { method: 'POST', mode: 'no-cors', body: 'id=' + pixel + '&ev=Microdata' });
        });`,
    },
  },
  works: ['connect.facebook.net/en_US/fbevents.js', 'www.facebook.com/tr/?id=1234567890&ev=PageView'],
  ran: ['fbq:PageView'],
  cookies: ['_fbp'],
};
