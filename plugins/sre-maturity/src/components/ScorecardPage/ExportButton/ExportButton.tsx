import { useApi } from '@backstage/core-plugin-api';
import { Button } from '@material-ui/core';
import GetAppIcon from '@material-ui/icons/GetApp';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { ScorecardQuery, sreMaturityApiRef } from '../../../api';
import { usePostToast } from '../../../hooks/usePostToast';
import { saveFile } from './saveFile';

/** Downloads every row of the current filter and sort as CSV. */
export function ExportButton(props: { query: ScorecardQuery }) {
  const { query } = props;
  const api = useApi(sreMaturityApiRef);
  const postToast = usePostToast();
  const [{ loading }, download] = useAsyncFn(async () => {
    try {
      const { blob, fileName } = await api.downloadExport(query);
      saveFile(blob, fileName);
    } catch (error) {
      postToast({
        title: 'Could not export the scorecard',
        description: (error as Error).message,
        status: 'danger',
      });
    }
  }, [api, postToast, query]);

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
