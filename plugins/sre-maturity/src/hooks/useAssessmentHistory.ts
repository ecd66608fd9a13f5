import { useApi } from '@backstage/core-plugin-api';
import { useEffect, useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { HistoryPage, sreMaturityApiRef } from '../api';

const PAGE_SIZE = 20;

/**
 * An entity's history, newest first, a page at a time. Starts over when
 * `revision` changes, i.e. after a save.
 */
export function useAssessmentHistory(entityRef: string, revision: number) {
  const api = useApi(sreMaturityApiRef);
  const [pages, setPages] = useState<HistoryPage[]>([]);
  const [{ loading, error }, load] = useAsyncFn(
    async (cursor?: string) => {
      const page = await api.getHistory(entityRef, {
        limit: PAGE_SIZE,
        cursor,
      });
      setPages(previous => (cursor ? [...previous, page] : [page]));
    },
    [api, entityRef],
  );

  useEffect(() => {
    load();
  }, [load, revision]);

  const nextCursor = pages[pages.length - 1]?.nextCursor;
  return {
    items: pages.flatMap(page => page.items),
    loading,
    error,
    loadMore: nextCursor ? () => load(nextCursor) : undefined,
  };
}
