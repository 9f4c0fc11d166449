import type { Schemas } from '@cloudhub/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { unwrap } from '../../../lib/api/api-error';
import { api } from '../../../lib/api/client';

export type Faq = Schemas['FaqDto'];

export async function listFaqs(): Promise<Faq[]> {
  return unwrap(await api.GET('/api/faqs')).items;
}

/** The API answers in the user's language, so the language is part of the key. */
export const faqsQueryOptions = (language: string) =>
  queryOptions({ queryKey: ['faqs', language], queryFn: listFaqs, staleTime: 5 * 60_000 });

export function useFaqs(language: string) {
  return useQuery(faqsQueryOptions(language));
}
