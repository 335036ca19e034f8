import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';
import type { components } from './schema';

type Schemas = components['schemas'];

export type WaitingTimes = Schemas['WaitingTimes'];
export type WaitingTimeGroup = Schemas['WaitingTimeGroup'];
export type WaitingTimesGroupBy = 'provider' | 'municipality';

export function useWaitingTimes(groupBy: WaitingTimesGroupBy, from: string, to: string) {
  return useQuery({
    queryKey: ['reports', 'waiting-times', groupBy, from, to],
    queryFn: () =>
      unwrap(
        api.GET('/api/reports/waiting-times', { params: { query: { groupBy, from, to } } }),
      ) as Promise<WaitingTimes>,
    placeholderData: keepPreviousData,
  });
}

/** The same report as a CSV file, for a download link (a link cannot send `Accept: text/csv`). */
export function waitingTimesCsv(groupBy: WaitingTimesGroupBy, from: string, to: string): string {
  const query = new URLSearchParams({ groupBy, from, to, format: 'csv' });
  return `/api/reports/waiting-times?${query.toString()}`;
}
