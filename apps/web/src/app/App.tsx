import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router/dom';
import { queryClient } from './query-client';
import { createAppRouter } from './router';
import { followSessionEnd } from './session-end';

export function App() {
  const [router] = useState(createAppRouter);
  useEffect(() => followSessionEnd(router, queryClient), [router]);
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
