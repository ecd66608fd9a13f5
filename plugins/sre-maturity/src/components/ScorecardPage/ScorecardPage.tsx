import {
  Content,
  ContentHeader,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import {
  Box,
  Button,
  LinearProgress,
  makeStyles,
  Paper,
  Typography,
} from '@material-ui/core';
import { useCallback, useEffect } from 'react';
import { CampaignsPageLink } from '../CampaignsPage/CampaignsPageLink';
import { ModelPageLink } from '../ModelPage/ModelPageLink';
import { ExemptTable } from './ExemptTable';
import { ExportButton } from './ExportButton';
import { FilterBar } from './FilterBar';
import { GroupByToggle } from './GroupByToggle';
import { GroupsTable } from './GroupsTable';
import { InvalidParamsNotice } from './InvalidParamsNotice';
import { NothingAssessed } from './NothingAssessed';
import { ScorecardPagination } from './ScorecardPagination';
import { ScorecardSummary } from './ScorecardSummary';
import { SummaryPanel } from './SummaryPanel';
import { ScorecardTable } from './ScorecardTable';
import {
  hasActiveFilters,
  openGroup,
  pageWithin,
  readScorecardView,
  ScorecardFilters,
  withExempt,
  withFilters,
  withGroupBy,
  withSort,
  writeScorecardView,
} from './view/scorecardView';
import { useInvalidParamsReset } from './hooks/useInvalidParamsReset';
import { useScorecardData } from './hooks/useScorecardData';
import { useScorecardView } from './hooks/useScorecardView';

const useStyles = makeStyles(theme => ({
  actions: { display: 'flex', gap: theme.spacing(2), alignItems: 'center' },
  results: { marginTop: theme.spacing(2), position: 'relative' },
  refreshing: { position: 'absolute', top: 0, left: 0, right: 0 },
  noMatches: { padding: theme.spacing(4), textAlign: 'center' },
  notice: { marginBottom: theme.spacing(2) },
}));

const DEFAULT_VIEW = readScorecardView(new URLSearchParams());

/** The org-wide SRE maturity scorecard: summary, heatmap, roll-ups, export. */
export function ScorecardPage() {
  const classes = useStyles();
  const [view, setView] = useScorecardView();
  const { model, scorecard, facets, groups, exempt, trend, areaCounts } =
    useScorecardData(view);
  const invalidParams = useInvalidParamsReset(
    view,
    setView,
    model.value?.model.areas,
  );

  let shown: { loading: boolean; value?: { totalItems: number } } = scorecard;
  if (view.exempt) {
    shown = exempt;
  } else if (view.groupBy) {
    shown = groups;
  }
  const shownTotal = shown.loading ? undefined : shown.value?.totalItems;
  const refreshing = shown.loading && shown.value !== undefined;
  useEffect(() => {
    const corrected =
      shownTotal === undefined ? undefined : pageWithin(view, shownTotal);
    if (corrected) {
      setView(corrected, { replace: true });
    }
  }, [view, shownTotal, setView]);

  const paging = {
    page: view.page,
    pageSize: view.pageSize,
    onPageChange: (page: number) => setView({ ...view, page }),
    onPageSizeChange: (pageSize: number) =>
      setView({ ...view, pageSize, page: 0 }),
  };
  // Stable callbacks let the table and the filters skip re-rendering when
  // only the summary's requests change state.
  const onSort = useCallback(
    (columnId: string) => setView(withSort(view, columnId)),
    [view, setView],
  );
  const onFiltersChange = useCallback(
    (changes: Partial<ScorecardFilters>, replace?: boolean) =>
      setView(withFilters(view, changes), { replace }),
    [view, setView],
  );

  const renderResults = () => {
    const areas = model.value!.model.areas;
    if (!view.groupBy) {
      const page = scorecard.value!;
      return (
        <>
          <ScorecardTable
            rows={page.items}
            areas={areas}
            orderBy={view.orderBy}
            order={view.order}
            onSort={onSort}
          />
          <ScorecardPagination totalItems={page.totalItems} {...paging} />
        </>
      );
    }
    if (groups.error) {
      return <ResponseErrorPanel error={groups.error} />;
    }
    if (!groups.value) {
      return <Progress />;
    }
    const by = view.groupBy;
    return (
      <>
        <GroupsTable
          by={by}
          groups={groups.value.items}
          areas={areas}
          orderBy={view.orderBy}
          order={view.order}
          onSort={onSort}
          groupLink={key => `?${writeScorecardView(openGroup(view, by, key))}`}
        />
        <ScorecardPagination totalItems={groups.value.totalItems} {...paging} />
      </>
    );
  };

  const renderContent = () => {
    if (view.exempt) {
      return (
        <ExemptTable page={exempt.value} error={exempt.error} paging={paging} />
      );
    }
    const error = model.error ?? scorecard.error;
    if (error) {
      const customView = writeScorecardView(view).toString() !== '';
      return (
        <>
          <ResponseErrorPanel error={error} />
          {customView && (
            <Button color="primary" onClick={() => setView(DEFAULT_VIEW)}>
              Show the default view
            </Button>
          )}
        </>
      );
    }
    if (!model.value || !scorecard.value) {
      return <Progress />;
    }
    const { totals } = scorecard.value;
    if (totals.entities === 0 && !hasActiveFilters(view.filters)) {
      return <NothingAssessed />;
    }
    return (
      <>
        <FilterBar
          filters={view.filters}
          facets={facets.loading ? undefined : facets.value?.facets}
          facetsError={facets.loading ? undefined : facets.error}
          totals={totals}
          onChange={onFiltersChange}
        />
        {totals.entities === 0 ? (
          <Paper className={classes.noMatches}>
            <Typography>No entities match these filters.</Typography>
          </Paper>
        ) : (
          <>
            <SummaryPanel totals={totals}>
              <ScorecardSummary
                totals={totals}
                trend={trend}
                areas={model.value.model.areas}
                areaCounts={areaCounts}
              />
            </SummaryPanel>
            <Paper className={classes.results}>
              {refreshing && (
                <LinearProgress
                  className={classes.refreshing}
                  aria-label="Loading"
                />
              )}
              {renderResults()}
            </Paper>
          </>
        )}
      </>
    );
  };

  return (
    <Page themeId="tool">
      <Header
        title="SRE Maturity"
        subtitle="Where every service stands in the SRE maturity model"
      />
      <Content>
        <ContentHeader title="Scorecard">
          <Box className={classes.actions}>
            <GroupByToggle
              value={view.exempt ? 'exempt' : view.groupBy}
              exemptCount={exempt.value?.totalItems}
              onChange={listing =>
                setView(
                  listing === 'exempt'
                    ? withExempt(view)
                    : withGroupBy(view, listing),
                )
              }
            />
            {/* The export covers the scored entities and roll-ups; the
                exempt list is not a scorecard view. */}
            {!view.exempt && (
              <ExportButton view={view} areas={model.value?.model.areas} />
            )}
            <CampaignsPageLink />
            <ModelPageLink />
          </Box>
        </ContentHeader>
        <Box className={classes.notice}>
          <InvalidParamsNotice
            invalid={invalidParams.reset}
            onDismiss={invalidParams.dismiss}
          />
        </Box>
        {renderContent()}
      </Content>
    </Page>
  );
}
