// Hotjar: https://help.hotjar.com/hc/en-us/articles/115009336727 (the tracking code)
// The inline loader appends hotjar-<id>.js?sv=6, which loads its modules from
// script.hotjar.com; they set _hjSession* cookies and send XHRs to in.hotjar.com.
import type { Vendor } from './vendor';

export const hotjar: Vendor = {
  id: 'hotjar',
  title: 'Hotjar',
  services: { hotjar: 'hotjar' },
  head: `<!-- Hotjar Tracking Code -->
<script>
    (function(h,o,t,j,a,r){
        h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};
        h._hjSettings={hjid:1234567,hjsv:6};
        a=o.getElementsByTagName('head')[0];
        r=o.createElement('script');r.async=1;
        r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;
        a.appendChild(r);
    })(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');
</script>`,
  files: {
    'static.hotjar.com/c/hotjar-1234567.js': {
      script: `
        var modules = document.createElement('script');
        modules.src = 'https://script.hotjar.com/modules.test.js';
        document.head.appendChild(modules);`,
    },
    'script.hotjar.com/modules.test.js': {
      script: `
        mark('hotjar:modules');
        setCookie('_hjSessionUser_1234567');
        setCookie('_hjSession_1234567');
        var post = function (path) {
          var xhr = new XMLHttpRequest();
          xhr.open('POST', 'https://in.hotjar.com/api/v2/client/sites/1234567/' + path);
          xhr.send('{}');
        };
        post('visit-data?sv=6');
        keepSending(function () { post(stamp('recordings')); });`,
    },
  },
  works: ['static.hotjar.com/c/hotjar-1234567.js?sv=6', 'script.hotjar.com/modules.test.js', 'in.hotjar.com/api/v2/client/sites/1234567/visit-data?sv=6', 'in.hotjar.com/api/v2/client/sites/1234567/recordings'],
  ran: ['hotjar:modules'],
  cookies: ['_hjSessionUser_1234567', '_hjSession_1234567'],
};
