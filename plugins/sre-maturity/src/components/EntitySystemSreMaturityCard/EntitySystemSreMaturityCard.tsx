import { stringifyEntityRef } from '@backstage/catalog-model';
import { InfoCard, Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { makeStyles, Typography } from '@material-ui/core';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { sreMaturityApiRef } from '../../api';
import { RollupSummary } from '../RollupSummary';
import { useEntityTabLink } from '../ScorecardPage/hooks/useEntityTabLink';
import { LoadError } from '../shared/LoadError';
import { MaturityLevelChip } from '../shared/MaturityLevelChip';
import { useScorecardLink } from '../shared/useScorecardLink';

/** How many of the system's entities the card lists, lowest score first. */
const BEHIND_COUNT = 5;

const useStyles = makeStyles(theme => ({
  behind: { listStyle: 'none', margin: theme.spacing(1, 0, 0), padding: 0 },
  behindItem: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(0.5, 0),
  },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', flex: '1 1 auto' },
  heading: { marginTop: theme.spacing(2) },
}));

/**
 * The SRE maturity of a system's components, for the system's overview
 * page: totals, phase distributions and the entities furthest behind.
 */
export function EntitySystemSreMaturityCard() {
  const classes = useStyles();
  const { entity } = useEntity();
  const systemRef = stringifyEntityRef(entity);
  const api = useApi(sreMaturityApiRef);
  const tabLink = useEntityTabLink();
  const scorecardLink = useScorecardLink({ system: [systemRef] });

  const data = useAsyncRetry(async () => {
    const filter = { system: [systemRef] };
    const [model, rows, areaCounts] = await Promise.all([
      api.getModel(),
      api.getScorecardRows({
        ...filter,
        orderBy: 'score',
        order: 'asc',
        limit: BEHIND_COUNT,
      }),
      api.getScorecardAreas(filter),
    ]);
    return { model: model.model, rows, areaCounts };
  }, [api, systemRef]);

  let content;
  if (data.loading) {
    content = <Progress />;
  } else if (data.error || !data.value) {
    content = (
      <LoadError
        title="Could not load the SRE maturity of this system"
        error={data.error ?? new Error('No data')}
        onRetry={data.retry}
      />
    );
  } else if (data.value.rows.totals.entities === 0) {
    content = (
      <Typography variant="body2">
        None of this system's entities is in the SRE maturity scorecard yet.
      </Typography>
    );
  } else {
    const { model, rows, areaCounts } = data.value;
    content = (
      <>
        <RollupSummary
          totals={rows.totals}
          areas={model.areas}
          areaCounts={areaCounts}
        />
        <Typography
          variant="subtitle2"
          component="h3"
          className={classes.heading}
        >
          Lowest scores
        </Typography>
        <ul className={classes.behind} aria-label="Lowest scores">
          {rows.items.map(row => (
            <li key={row.entityRef} className={classes.behindItem}>
              <Link className={classes.name} to={tabLink(row.entityRef)}>
                {row.title ?? row.name}
              </Link>
              <MaturityLevelChip level={row.overall} />
              <Typography variant="body2" color="textSecondary">
                {row.score} / 100
              </Typography>
            </li>
          ))}
        </ul>
      </>
    );
  }

  return (
    <InfoCard
      title="SRE Maturity"
      subheader="The entities of this system"
      deepLink={
        scorecardLink
          ? { title: 'Open in the scorecard', link: scorecardLink }
          : undefined
      }
    >
      {content}
    </InfoCard>
  );
}
