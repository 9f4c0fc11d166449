import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './query-client';
import type { AppRouter } from './router';
import { followSessionEnd } from './session-end';

export function App({ router }: { router: AppRouter }) {
  useEffect(() => followSessionEnd(router, queryClient), [router]);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
