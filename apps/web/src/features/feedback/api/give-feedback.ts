import type { Schemas } from '@cloudhub/api-client';
import { useMutation } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

export type Feedback = Schemas['FeedbackDto'];

export async function giveFeedback({ tenantId, message }: { tenantId: string; message: string }): Promise<Feedback> {
  return unwrap(
    await api.POST('/api/tenants/{tenantId}/feedback', { params: { path: { tenantId } }, body: { message } }),
  );
}

/** Nothing in the portal lists feedback, so there is no query to invalidate. */
export function useGiveFeedback() {
  return useMutation({ mutationFn: giveFeedback });
}
