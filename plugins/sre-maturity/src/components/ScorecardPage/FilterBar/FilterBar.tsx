import { Fragment, memo } from 'react';
import {
  Button,
  Checkbox,
  FormControlLabel,
  makeStyles,
} from '@material-ui/core';
import { ScorecardFacets, ScorecardTotals } from '../../../api';
import { FacetSelect } from '../FacetSelect';
import {
  EMPTY_FILTERS,
  Facet,
  FACETS,
  hasActiveFilters,
  ScorecardFilters,
} from '../view/scorecardView';
import { SearchField } from '../SearchField';

const FACET_LABELS: Record<Facet, string> = {
  owner: 'Owner',
  system: 'System',
  kind: 'Kind',
  type: 'Type',
  lifecycle: 'Lifecycle',
  tag: 'Tag',
  phase: 'Overall phase',
};

const useStyles = makeStyles(theme => ({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1.5),
    marginBottom: theme.spacing(2),
  },
}));

function FilterBarView(props: {
  filters: ScorecardFilters;
  /** Undefined while they load. */
  facets?: ScorecardFacets;
  facetsError?: Error;
  totals?: ScorecardTotals;
  onChange: (changes: Partial<ScorecardFilters>, replace?: boolean) => void;
}) {
  const { filters, facets, facetsError, totals, onChange } = props;
  const classes = useStyles();
  const withCount = (label: string, count?: number) =>
    count === undefined ? label : `${label} (${count})`;

  return (
    <div className={classes.root} role="search" aria-label="Scorecard filters">
      <SearchField value={filters.q} onChange={q => onChange({ q }, true)} />
      {FACETS.map(facet => (
        <Fragment key={facet}>
          <FacetSelect
            facet={facet}
            label={FACET_LABELS[facet]}
            counts={facets?.[facet]}
            error={facetsError}
            selected={filters[facet]}
            onChange={values => onChange({ [facet]: values })}
          />
          {facet === 'owner' && (
            <FormControlLabel
              control={
                <Checkbox
                  checked={filters.includeSubgroups}
                  disabled={filters.owner.length === 0}
                  onChange={(_event, includeSubgroups) =>
                    onChange({ includeSubgroups })
                  }
                />
              }
              label="Include sub-groups"
            />
          )}
        </Fragment>
      ))}
      <FormControlLabel
        control={
          <Checkbox
            checked={filters.stale}
            onChange={(_event, stale) => onChange({ stale })}
          />
        }
        label={withCount('Stale only', totals?.stale)}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={filters.belowTarget}
            onChange={(_event, belowTarget) => onChange({ belowTarget })}
          />
        }
        label={withCount('Below target only', totals?.belowTarget)}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={filters.applicability === 'none'}
            onChange={(_event, only) =>
              onChange({ applicability: only ? 'none' : 'applicable' })
            }
          />
        }
        label={withCount('Nothing applies only', totals?.nothingApplies)}
        title="Entities to which no criterion of the model applies; the scorecard leaves them out otherwise"
      />
      {hasActiveFilters(filters) && (
        <Button onClick={() => onChange(EMPTY_FILTERS)}>Clear filters</Button>
      )}
    </div>
  );
}

/**
 * Filters of the scorecard; option counts come from the server's facets,
 * each counted with every other filter applied.
 */
export const FilterBar = memo(FilterBarView);
