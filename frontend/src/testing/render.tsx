import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createBrowserRouter, createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';

import { createQueryClient } from '@/lib/query-client';

type Options = {
  /** Where the screen is mounted (a route pattern), default `/`. */
  path?: string;
  /** The URL to open, default `path`. */
  url?: string;
  /** Other routes, e.g. the target of a link or a redirect. */
  routes?: RouteObject[];
  /** Use the real window.history (for code that reads or rewrites the address bar). */
  browser?: boolean;
  queryClient?: QueryClient;
};

export function createTestQueryClient(): QueryClient {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } });
  return queryClient;
}

/** Renders `ui` inside a fresh QueryClient and a data router. */
export function renderApp(ui: ReactElement, { path = '/', url, routes = [], browser = false, queryClient = createTestQueryClient() }: Options = {}) {
  const allRoutes: RouteObject[] = [{ path, element: ui }, ...routes];
  let router;
  if (browser) {
    window.history.replaceState(null, '', url ?? path);
    router = createBrowserRouter(allRoutes);
  } else {
    router = createMemoryRouter(allRoutes, { initialEntries: [url ?? path] });
  }
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
