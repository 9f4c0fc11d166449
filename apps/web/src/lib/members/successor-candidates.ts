import type { Schemas } from '@cloudhub/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { unwrap } from '../api/api-error';
import { api } from '../api/client';

/** A member who could take over as administrator, as the successor picker shows them. */
export type SuccessorCandidate = Pick<Schemas['MemberDto'], 'userId' | 'name' | 'email'>;

export interface SuccessorCandidates {
  readonly candidates: readonly SuccessorCandidate[];
  /** More members match than are shown: typing more of the name narrows it down. */
  readonly more: boolean;
}

/** Enough to pick from by eye; more is a search away. */
export const SUCCESSOR_CANDIDATES_SHOWN = 8;
const TYPING_PAUSE_MS = 300;

/**
 * The members matching a search, by name, without the outgoing admin and without those who are admins
 * already (they need no hand-over). Shared by leaving a customer and by giving up one's own admin role.
 */
export async function listSuccessorCandidates(
  tenantId: string,
  q: string,
  outgoingUserId: string,
): Promise<SuccessorCandidates> {
  const page = unwrap(
    await api.GET('/api/tenants/{tenantId}/members', {
      // One more than shown, plus room for the outgoing admin in the page: so `more` is known.
      params: { path: { tenantId }, query: { q: q || undefined, sort: 'name', limit: SUCCESSOR_CANDIDATES_SHOWN + 2 } },
    }),
  );
  const eligible = page.items.filter((member) => member.userId !== outgoingUserId && !member.isAdmin);
  return {
    candidates: eligible
      .slice(0, SUCCESSOR_CANDIDATES_SHOWN)
      .map(({ userId, name, email }) => ({ userId, name, email })),
    more: eligible.length > SUCCESSOR_CANDIDATES_SHOWN || page.nextCursor != null,
  };
}

export const successorCandidatesQueryOptions = (tenantId: string, q: string, outgoingUserId: string) =>
  queryOptions({
    queryKey: ['tenants', tenantId, 'successor-candidates', { q, outgoingUserId }] as const,
    queryFn: () => listSuccessorCandidates(tenantId, q, outgoingUserId),
    // While a new search loads, the previous matches stay instead of a flash of "Looking…".
    placeholderData: keepPreviousData,
  });

/** What the successor picker shows and how it reports back (`components/SuccessorPicker.tsx`). */
export interface SuccessorPickerState {
  readonly search: string;
  readonly onSearchChange: (search: string) => void;
  /** The search the shown matches are for: the typed one, once typing pauses. */
  readonly query: string;
  /** Undefined until the first matches arrive. */
  readonly found: SuccessorCandidates | undefined;
  readonly searching: boolean;
  readonly loadError: unknown;
  readonly onRetry: () => void;
  readonly chosen: SuccessorCandidate | undefined;
  readonly onChoose: (candidate: SuccessorCandidate) => void;
}

/**
 * One successor choice: the search as typed, the members it finds (asked a moment after typing stops, and
 * only while `enabled`: the dialog shows the picker), and the member chosen.
 */
export function useSuccessorChoice(tenantId: string, outgoingUserId: string, enabled: boolean): SuccessorPickerState {
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<SuccessorCandidate | undefined>();
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [search]);
  const matches = useQuery({ ...successorCandidatesQueryOptions(tenantId, query, outgoingUserId), enabled });
  return {
    search,
    onSearchChange: setSearch,
    query,
    found: matches.data,
    searching: matches.isFetching || search.trim() !== query,
    loadError: matches.isError ? matches.error : undefined,
    onRetry: () => void matches.refetch(),
    chosen,
    onChoose: setChosen,
  };
}
