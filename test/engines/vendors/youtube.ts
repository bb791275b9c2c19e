// A YouTube embed as YouTube's Share > Embed gives it: an untagged <iframe src>. The fake
// player page loads its player script and logs playback events, and tells the page it is ready.
import type { Vendor } from './vendor';

export const youtube: Vendor = {
  id: 'youtube',
  title: 'YouTube embed',
  services: { youtube: 'youtube' },
  head: `<script>
  // The site's own code, as with the IFrame API: it listens for the player.
  addEventListener('message', function (event) {
    if (event.origin === 'https://www.youtube.com' && event.data === 'player-ready') (window.__vendors = window.__vendors || []).push('youtube:ready');
  });
</script>`,
  body: `<iframe width="560" height="315" src="https://www.youtube.com/embed/M7lc1UVf-VE?si=TestShareId" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>`,
  files: {
    'www.youtube.com/embed/M7lc1UVf-VE': {
      html: `<!doctype html><title>YouTube</title><p>video player</p><script src="https://www.youtube.com/s/player/test/base.js"></script>`,
    },
    'www.youtube.com/s/player/test/base.js': {
      script: `
        parent.postMessage('player-ready', '*');
        keepSending(function () {
          send(stamp('https://www.youtube.com/youtubei/v1/log_event'), { method: 'POST', mode: 'no-cors', body: 'watchtime' });
        });`,
    },
  },
  works: ['www.youtube.com/embed/M7lc1UVf-VE?si=TestShareId', 'www.youtube.com/s/player/test/base.js', 'www.youtube.com/youtubei/v1/log_event'],
  // An untagged <iframe src> in the markup starts its navigation when the parser inserts it,
  // before any script can see it (README, Autoblock): Chromium sometimes gets the request
  // out before Consentry stops it, on a page load with no consent (a first visit, the
  // reload a withdrawal causes). The player inside must never load: base.js and the pings
  // count as leaks. Tag the embed (data-src) to stop even the document request.
  preloadable: ['www.youtube.com/embed/M7lc1UVf-VE?si=TestShareId'],
  ran: ['youtube:ready'],
  cookies: [],
  framed: true,
};
