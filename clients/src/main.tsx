import { render } from 'preact';
import { App } from './app/App';
import { browserServices } from './app/services';
import './styles/fonts.css';
import './styles/app.css';

// The app opens without a connection once it has been opened with one (public/sw.js); browsers allow service
// workers on HTTPS pages and on this machine's own address only.
if ('serviceWorker' in navigator && window.isSecureContext) {
  navigator.serviceWorker
    .register('./sw.js')
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
      registration.active?.postMessage({ keep: loaded.filter((url) => url.includes('/assets/')) });
    })
    .catch(() => undefined);
}

const root = document.getElementById('app');
if (root) {
  render(<App services={browserServices()} />, root);
}
