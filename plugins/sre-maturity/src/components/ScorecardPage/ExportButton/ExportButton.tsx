import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { ScorecardQuery, sreMaturityApiRef } from '../../../api';
import { saveFile } from './saveFile';

/** Downloads every row of the current filter and sort as CSV. */
export function ExportButton(props: { query: ScorecardQuery }) {
  const { query } = props;
  const api = useApi(sreMaturityApiRef);
  const alertApi = useApi(alertApiRef);
  const [{ loading }, download] = useAsyncFn(async () => {
    try {
      const { blob, fileName } = await api.downloadExport(query);
      saveFile(blob, fileName);
    } catch (error) {
      alertApi.post({
        message: `Could not export the scorecard: ${(error as Error).message}`,
        severity: 'error',
      });
    }
  }, [api, alertApi, query]);

  return (
    <Button
      variant="outlined"
      color="primary"
      startIcon={<GetAppIcon />}
      disabled={loading}
      onClick={download}
    >
      {loading ? 'Exporting…' : 'Export CSV'}
    </Button>
  );
}
