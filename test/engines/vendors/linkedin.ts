// LinkedIn Insight Tag: https://www.linkedin.com/help/lms/answer/a427660
// Two inline scripts (the partner id, then the loader of insight.min.js) and a <noscript>
// pixel; the library reports to px.ads.linkedin.com.
import type { Vendor } from './vendor';

export const linkedin: Vendor = {
  id: 'linkedin',
  title: 'LinkedIn Insight',
  services: { linkedin: 'linkedin-insight' },
  head: `<script type="text/javascript">
_linkedin_partner_id = "1234567";
window._linkedin_data_partner_ids = window._linkedin_data_partner_ids || [];
window._linkedin_data_partner_ids.push(_linkedin_partner_id);
</script><script type="text/javascript">
(function(l) {
if (!l){window.lintrk = function(a,b){window.lintrk.q.push([a,b])};
window.lintrk.q=[]}
var s = document.getElementsByTagName("script")[0];
var b = document.createElement("script");
b.type = "text/javascript";b.async = true;
b.src = "https://snap.licdn.com/li.lms-analytics/insight.min.js";
s.parentNode.insertBefore(b, s);})(window.lintrk);
</script>
<noscript>
<img height="1" width="1" style="display:none;" alt="" src="https://px.ads.linkedin.com/collect/?pid=1234567&fmt=gif" />
</noscript>`,
  files: {
    'snap.licdn.com/li.lms-analytics/insight.min.js': {
      script: `
        var partner = window._linkedin_data_partner_ids[0];
        mark('linkedin:' + partner);
        setCookie('ln_or');
        new Image().src = 'https://px.ads.linkedin.com/collect?v=2&fmt=js&pid=' + partner;
        keepSending(function () {
          send(stamp('https://px.ads.linkedin.com/wa/'), { method: 'POST', mode: 'no-cors', body: 'pid=' + partner });
        });`,
    },
  },
  works: ['snap.licdn.com/li.lms-analytics/insight.min.js', 'px.ads.linkedin.com/collect?v=2&fmt=js&pid=1234567', 'px.ads.linkedin.com/wa/'],
  ran: ['linkedin:1234567'],
  cookies: ['ln_or'],
};
