import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api/problem';
import { keys } from './api/queries';

/**
 * The cache of everything read from the API. A 401 anywhere means the session ended: the user is then asked to
 * sign in again. Client errors are not retried; they will not change by asking again.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: sessionEnded }),
    mutationCache: new MutationCache({ onError: sessionEnded }),
    defaultOptions: {
      queries: {
        retry: (failures, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: true,
        staleTime: 15_000,
      },
    },
  });
  function sessionEnded(error: unknown) {
    if (isApiError(error) && error.status === 401) client.setQueryData(keys.me, null);
  }
  return client;
}
