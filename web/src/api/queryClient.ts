import { QueryClient } from '@tanstack/react-query';
import { NetworkError } from './client';

/** The app's cache of server state: refusals are not retried (asking again gives the same answer), outages twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => error instanceof NetworkError && failures < 2,
        staleTime: 10_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
