import { session } from './auth/session-store';
import { preloadForPath } from './dossier/dossier-preload';
import './styles.css';

// The session comes back (POST /auth/refresh) and the page's data is asked for while React and the
// app are still downloading and starting: on a direct link the data is there when the page draws.
void session.resume().then(() => {
  if (session.current().kind === 'signed-in') preloadForPath(window.location.pathname);
});
void import('./mount').then(({ mount }) => mount(document.getElementById('root')!));
