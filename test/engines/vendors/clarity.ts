// Microsoft Clarity: https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-setup
// The inline loader inserts www.clarity.ms/tag/<project>, which loads clarity.js from
// scripts.clarity.ms; it sets _clck and _clsk and uploads to <letter>.clarity.ms/collect.
import type { Vendor } from './vendor';

export const clarity: Vendor = {
  id: 'clarity',
  title: 'Microsoft Clarity',
  services: { clarity: 'microsoft-clarity' },
  head: `<script type="text/javascript">
    (function(c,l,a,r,i,t,y){
        c[a]=c[a]||function(){(c[a].q=c[a].q||[]).push(arguments)};
        t=l.createElement(r);t.async=1;t.src="https://www.clarity.ms/tag/"+i;
        y=l.getElementsByTagName(r)[0];y.parentNode.insertBefore(t,y);
    })(window, document, "clarity", "script", "testproject");
</script>`,
  files: {
    'www.clarity.ms/tag/testproject': {
      script: `
        var library = document.createElement('script');
        library.async = true;
        library.src = 'https://scripts.clarity.ms/0.8.0/clarity.js';
        document.head.appendChild(library);`,
    },
    'scripts.clarity.ms/0.8.0/clarity.js': {
      script: `
        mark('clarity:started');
        setCookie('_clck');
        setCookie('_clsk');
        keepSending(function () {
          send(stamp('https://k.clarity.ms/collect'), { method: 'POST', mode: 'no-cors', body: 'payload' });
        });`,
    },
  },
  works: ['www.clarity.ms/tag/testproject', 'scripts.clarity.ms/0.8.0/clarity.js', 'k.clarity.ms/collect'],
  ran: ['clarity:started'],
  cookies: ['_clck', '_clsk'],
};
