// The demo's network log: what the fake third party received, polled from the demo server.
// Not part of Consentry; it only lets a person watch gating work.
(() => {
  const section = document.createElement('section');
  section.className = 'network-log';
  section.setAttribute('aria-labelledby', 'network-log-title');
  const title = document.createElement('h2');
  title.id = 'network-log-title';
  title.textContent = 'Network log: requests to the third party';
  const note = document.createElement('p');
  const list = document.createElement('ol');
  list.setAttribute('aria-live', 'polite');
  section.append(title, note, list);
  (document.querySelector('[data-network-log]') ?? document.querySelector('main') ?? document.body).append(section);

  const since = new Date().toISOString();
  let shown = 0;
  const refresh = async () => {
    try {
      const log = (await (await fetch('/__network-log', { cache: 'no-store' })).json()).filter((entry) => entry.time >= since);
      note.textContent = log.length
        ? `${log.length} request${log.length > 1 ? 's' : ''} since this page opened.`
        : 'None since this page opened: nothing was sent before your consent.';
      for (const entry of log.slice(shown)) {
        const item = document.createElement('li');
        const url = new URL(entry.url);
        item.textContent = `${entry.time.slice(11, 19)}  ${entry.method} ${url.host}${url.pathname}${url.search}`;
        list.append(item);
      }
      shown = log.length;
    } catch {
      note.textContent = 'The demo server is not answering.';
    }
  };
  refresh();
  setInterval(refresh, 1000);
})();
