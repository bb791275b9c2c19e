// tarteaucitron 1.34.0, initialised with the README's recommended parameters, and the bench's
// third parties declared as custom services ("Create custom service" in the README): one per
// category of the comparison; necessary cookies are its built-in "mandatory" notice.
tarteaucitron.init({
  privacyUrl: '/privacy',
  bodyPosition: 'bottom',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'middle',
  groupServices: false,
  showDetailsOnClick: true,
  serviceDefaultState: 'wait',
  showAlertSmall: false,
  cookieslist: false,
  showIcon: true,
  iconPosition: 'BottomRight',
  adblocker: false,
  DenyAllCta: true,
  AcceptAllCta: true,
  highPrivacy: true,
  handleBrowserDNTRequest: false,
  removeCredit: false,
  moreInfoLink: true,
  useExternalCss: false,
  useExternalJs: false,
  mandatory: true,
  mandatoryCta: true,
});

tarteaucitron.services.benchanalytics = {
  key: 'benchanalytics',
  type: 'analytic',
  name: 'Analytics',
  needConsent: true,
  cookies: ['_bench_ga'],
  js: function () {
    tarteaucitron.addScript('{{tracker}}/analytics.js?cookie=_bench_ga');
  },
};
tarteaucitron.services.benchpreferences = {
  key: 'benchpreferences',
  type: 'support',
  name: 'Preferences',
  needConsent: true,
  cookies: [],
  js: function () {},
};
tarteaucitron.services.benchpixel = {
  key: 'benchpixel',
  type: 'ads',
  name: 'Ad pixel',
  needConsent: true,
  cookies: [],
  js: function () {
    new Image().src = '{{tracker}}/pixel.gif';
  },
};
(tarteaucitron.job = tarteaucitron.job || []).push('benchanalytics');
(tarteaucitron.job = tarteaucitron.job || []).push('benchpreferences');
(tarteaucitron.job = tarteaucitron.job || []).push('benchpixel');
