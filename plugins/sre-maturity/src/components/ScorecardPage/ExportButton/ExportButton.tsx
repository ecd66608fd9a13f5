import { useApi } from '@backstage/core-plugin-api';
import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import { Area } from '@sre-maturity/backstage-plugin-common';
import { useHref, useLocation } from 'react-router-dom';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import {
  GroupRow,
  ScorecardGroupsQuery,
  SreMaturityApi,
  sreMaturityApiRef,
} from '../../../api';
import { usePostToast } from '../../../hooks/usePostToast';
import { exportFileName } from '../labels/exportFileName';
import {
  openGroup,
  ScorecardView,
  toExportQuery,
  toGroupsQuery,
  writeScorecardView,
} from '../view/scorecardView';
import { groupsCsv } from './groupsCsv';
import { saveFile } from './saveFile';

/** The API's largest page. */
const GROUPS_PAGE_SIZE = 500;

async function fetchAllGroups(
  api: SreMaturityApi,
  query: ScorecardGroupsQuery,
): Promise<GroupRow[]> {
  const groups: GroupRow[] = [];
  for (;;) {
    const page = await api.getScorecardGroups({
      ...query,
      limit: GROUPS_PAGE_SIZE,
      offset: groups.length,
    });
    groups.push(...page.items);
    if (page.items.length === 0 || groups.length >= page.totalItems) {
      return groups;
    }
  }
}

/**
 * Downloads what the view shows as CSV: every entity of the filter in its
 * sort, or every group of a roll-up. The file is named after the view.
 */
export function ExportButton(props: {
  view: ScorecardView;
  areas: Area[] | undefined;
}) {
  const { view, areas } = props;
  const api = useApi(sreMaturityApiRef);
  const postToast = usePostToast();
  // The page's own address, with the app's base path, for the groups' links.
  const pageUrl = `${window.location.origin}${useHref(useLocation().pathname)}`;
  const [{ loading }, download] = useAsyncFn(async () => {
    try {
      let blob: Blob;
      const by = view.groupBy;
      if (by) {
        const groups = await fetchAllGroups(api, toGroupsQuery(view, by));
        const csv = groupsCsv({
          by,
          areas: areas ?? [],
          groups,
          groupLink: key =>
            `${pageUrl}?${writeScorecardView(openGroup(view, by, key))}`,
        });
        blob = new Blob([csv], { type: 'text/csv' });
      } else {
        blob = (await api.downloadExport(toExportQuery(view))).blob;
      }
      saveFile(blob, exportFileName(view, new Date()));
    } catch (error) {
      postToast({
        title: 'Could not export the scorecard',
        description: (error as Error).message,
        status: 'danger',
      });
    }
  }, [api, postToast, view, areas, pageUrl]);

  return (
    <Button
      variant="outlined"
      color="primary"
      startIcon={<GetAppIcon />}
      disabled={loading || !areas}
      onClick={download}
    >
      {loading ? 'Exporting…' : 'Export CSV'}
    </Button>
  );
}
