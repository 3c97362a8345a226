import type { QueryClient } from '@tanstack/react-query';

export const clientLoader = (queryClient: QueryClient) => async () => {
  void queryClient;
  return null;
};

export function ClientRoute() {
  return <p className="page-note">Coming in the next step.</p>;
}
