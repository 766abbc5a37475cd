import { useSyncExternalStore } from 'react';

// Routes live in the location's hash, so the built files can be served by any static server.
export type Route =
  | { readonly page: 'sign-in' }
  | { readonly page: 'overview' }
  | { readonly page: 'grids' }
  | { readonly page: 'grid'; readonly code: string }
  | { readonly page: 'matters' }
  | { readonly page: 'matter'; readonly id: string };

export function parseRoute(hash: string): Route {
  const [page = '', argument] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (page === 'overview') return { page };
  if (page === 'grids') return argument ? { page: 'grid', code: argument } : { page };
  if (page === 'matters') return argument ? { page: 'matter', id: argument } : { page };
  return { page: 'sign-in' };
}

export function href(route: Route): string {
  if (route.page === 'grid') return `#/grids/${encodeURIComponent(route.code)}`;
  if (route.page === 'matter') return `#/matters/${encodeURIComponent(route.id)}`;
  return `#/${route.page}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, () => window.location.hash));
}
