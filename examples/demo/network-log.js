// The demo's Network log: every request the fake third party received since this page was
// requested, read from the tracker's own log (the demo server keeps it), not from what this
// page could observe: requests made before this script ran count too. Not part of Consentry;
// it only lets a person watch gating work. Text goes in as text nodes only.
(() => {
  // The tracker's request count when the server sent this page (examples/serve.js).
  const from = document.querySelector('script[data-log-from]')?.getAttribute('data-log-from') ?? '';
  const make = (tag, text = '') => Object.assign(document.createElement(tag), { textContent: text });

  const section = make('section');
  section.className = 'network-log';
  section.setAttribute('aria-labelledby', 'network-log-title');
  const title = make('h2', 'Network log: what the third party received');
  title.id = 'network-log-title';
  const source = make(
    'p',
    'Read from the tracker’s own log, so it includes requests made before this panel appeared, and any the previous page sent as it closed.',
  );
  const statement = make('p');
  statement.setAttribute('data-log-statement', '');
  statement.setAttribute('aria-live', 'polite');
  const list = make('ol');
  const cookies = make('p');
  section.append(title, source, statement, list, cookies);
  (document.querySelector('[data-network-log]') ?? document.querySelector('main') ?? document.body).append(section);

  if (!/^\d+$/.test(from)) {
    statement.textContent = 'This page did not come from the demo server: run npm start and open it there.';
    return;
  }
  // Only a change is written, so a screen reader hears the statement when the count changes.
  const say = (element, text) => element.textContent !== text && (element.textContent = text);
  let shown = 0;
  const refresh = async () => {
    const names = document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]);
    say(cookies, `Cookies this page can read: ${names.length ? names.join(', ') : 'none'}.`);
    try {
      const log = await (await fetch(`/__network-log?after=${from}`, { cache: 'no-store' })).json();
      say(
        statement,
        log.length
          ? `${log.length} request${log.length > 1 ? 's' : ''} reached the tracker since this page was requested:`
          : 'Nothing has reached the tracker since this page was requested.',
      );
      for (const entry of log.slice(shown)) {
        const url = new URL(entry.url);
        const time = make('time', new Date(entry.time).toLocaleTimeString('en-GB', { hour12: false }));
        time.dateTime = entry.time;
        const item = make('li');
        item.append(time, ` ${entry.method} ${url.host}${url.pathname}${url.search}`);
        list.append(item);
      }
      shown = log.length;
    } catch {
      say(statement, 'The demo server is not answering.');
    }
  };
  // One request at a time, so an answer can never arrive after a newer one.
  const poll = () => refresh().then(() => setTimeout(poll, 1000));
  poll();
})();
