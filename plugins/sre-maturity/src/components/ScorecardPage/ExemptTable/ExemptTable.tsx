import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import {
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
  makeStyles,
} from '@material-ui/core';
import { SRE_MATURITY_ANNOTATIONS } from '@sre-maturity/backstage-plugin-common';
import { ExemptPage } from '../../../api';
import { CatalogRefLink } from '../CatalogRefLink';
import { useEntityTabLink } from '../hooks/useEntityTabLink';
import { useTableStyles } from '../hooks/useTableStyles';
import { ScorecardPagination } from '../ScorecardPagination';

const useStyles = makeStyles(theme => ({
  empty: { padding: theme.spacing(4), textAlign: 'center' },
  count: { padding: theme.spacing(2, 2, 1) },
}));

/**
 * The entities the scorecard leaves out for their exemption, with their
 * owner and the reason the annotation gives; a name opens the entity's tab,
 * which shows the exemption.
 */
export function ExemptTable(props: {
  page?: ExemptPage;
  error?: Error;
  paging: {
    page: number;
    pageSize: number;
    onPageChange: (page: number) => void;
    onPageSizeChange: (pageSize: number) => void;
  };
}) {
  const { page, error, paging } = props;
  const classes = useStyles();
  const tableClasses = useTableStyles();
  const tabLink = useEntityTabLink();

  if (error) {
    return <ResponseErrorPanel error={error} />;
  }
  if (!page) {
    return <Progress />;
  }
  if (page.totalItems === 0) {
    return (
      <Paper className={classes.empty}>
        <Typography>
          No entity is exempt. Entities with the{' '}
          <code>{SRE_MATURITY_ANNOTATIONS.exempt}</code> annotation are listed
          here with its reason.
        </Typography>
      </Paper>
    );
  }
  return (
    <Paper>
      <Typography className={classes.count} variant="body2">
        {page.totalItems === 1
          ? '1 entity is exempt from the scorecard.'
          : `${page.totalItems} entities are exempt from the scorecard.`}
      </Typography>
      <TableContainer className={tableClasses.container}>
        <Table
          stickyHeader
          size="small"
          className={tableClasses.table}
          aria-label="Exempt entities"
        >
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell>Owner</TableCell>
              <TableCell>Reason</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.items.map(({ entity, exemptReason }) => (
              <TableRow key={entity.entityRef} hover>
                <TableCell>
                  <Link to={tabLink(entity.entityRef)}>
                    {entity.title ?? entity.name}
                  </Link>
                </TableCell>
                <TableCell>{entity.kind}</TableCell>
                <TableCell>
                  {entity.owner && (
                    <CatalogRefLink
                      value={entity.owner}
                      defaultKind="group"
                      defaultNamespace={entity.namespace}
                    />
                  )}
                </TableCell>
                <TableCell>
                  {exemptReason ?? (
                    <Typography
                      component="span"
                      variant="body2"
                      color="textSecondary"
                    >
                      No reason given
                    </Typography>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <ScorecardPagination totalItems={page.totalItems} {...paging} />
    </Paper>
  );
}
