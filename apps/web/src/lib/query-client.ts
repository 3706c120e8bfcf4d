import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** Server state lives here and nowhere else. 4xx answers are not retried: asking again will not help. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
    mutations: { retry: false },
  },
});
