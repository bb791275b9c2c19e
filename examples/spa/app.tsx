/**
 * A single-page app that uses Consentry from npm: the banner is a lazy chunk, the app reads
 * `accepted()` and listens to `change` to start and stop its own analytics, and route
 * changes render gated elements that Consentry picks up as they appear.
 */
import { createConsentry } from 'consentry';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** The demo's fake third party, which the demo server writes into the page. */
const TRACKER = document.querySelector<HTMLMetaElement>('meta[name="demo-tracker"]')!.content;

const consent = createConsentry({ policyUrl: '/marketing-site/about.html#cookies' });

/** The app's own analytics: page views go out only while "analytical" is granted. */
const analytics = {
  enabled: consent.accepted('analytical'),
  pageView(route: string) {
    if (this.enabled) new Image().src = `${TRACKER}/collect?event=spa_view&route=${encodeURIComponent(route)}`;
  },
};
consent.on('change', () => {
  analytics.enabled = consent.accepted('analytical');
});

const ROUTES: Record<string, { title: string; body: () => preact.JSX.Element }> = {
  '#/': {
    title: 'Home',
    body: () => <p class="lead">Order, skip or pause your coffee from here. This page loads nothing from third parties.</p>,
  },
  '#/videos': {
    title: 'Videos',
    body: () => (
      <section class="video">
        <p>A video from another site: it loads once you allow functional cookies, or once.</p>
        <iframe data-consent="functional" data-src={`${TRACKER.replace('tracker.', 'video.')}/embed/brewing`} width="560" height="315" title="Brewing guide" />
      </section>
    ),
  },
  '#/offers': {
    title: 'Offers',
    body: () => (
      <div>
        <p>Partner offers, measured with an advertising pixel that waits for your consent.</p>
        <img data-consent="other" data-src={`${TRACKER}/pixel.gif?page=offers`} width={1} height={1} alt="" />
      </div>
    ),
  },
};

function App() {
  const [route, setRoute] = useState(location.hash in ROUTES ? location.hash : '#/');
  const [analyticsOn, setAnalyticsOn] = useState(analytics.enabled);
  useEffect(() => {
    const onHash = () => setRoute(location.hash in ROUTES ? location.hash : '#/');
    addEventListener('hashchange', onHash);
    const off = consent.on('change', () => setAnalyticsOn(consent.accepted('analytical')));
    return () => {
      removeEventListener('hashchange', onHash);
      off();
    };
  }, []);
  useEffect(() => analytics.pageView(route), [route, analyticsOn]);
  const page = ROUTES[route]!;
  return (
    <>
      <header>
        <a class="brand" href="#/">Northwind app</a>
        <nav aria-label="Main">
          {Object.entries(ROUTES).map(([hash, { title }]) => (
            <a key={hash} href={hash} aria-current={hash === route ? 'page' : undefined}>
              {title}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <h1>{page.title}</h1>
        <page.body />
        <p data-analytics-state>App analytics: {analyticsOn ? 'on' : 'off'}</p>
      </main>
      <footer>
        <button type="button" data-consentry="preferences">
          Cookie preferences
        </button>
      </footer>
    </>
  );
}

render(<App />, document.getElementById('app')!);
