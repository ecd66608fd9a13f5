import { InfoCard, Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { makeStyles, Typography } from '@material-ui/core';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import Alert from '@material-ui/lab/Alert';
import {
  listCriteria,
  MATURITY_LEVEL_TITLES,
  MaturityModel,
} from '@sre-maturity/backstage-plugin-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { EntityCampaign, sreMaturityApiRef } from '../../api';
import { describeDeadline } from '../shared/campaignText';
import { errorMessage } from '../shared/errorMessage';
import { useCampaignLink } from '../shared/useCampaignLink';

const headingId = 'sre-maturity-entity-campaigns';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: theme.spacing(1, 0) },
  heading: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5, 1.5),
  },
  done: { color: theme.palette.success.main, verticalAlign: 'middle' },
  card: { marginBottom: theme.spacing(3) },
  section: { marginTop: theme.spacing(2) },
  needs: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
}));

/** What an entity still needs for one campaign, one line per area or criterion. */
function needsOf(
  item: EntityCampaign,
  model: MaturityModel,
  titles: ReadonlyMap<string, string>,
): string[] {
  const criteria = (ids: string[]) =>
    ids.map(id => titles.get(id) ?? id).join(', ');
  const areas = item.needs.areas.map(need => {
    const area =
      model.areas.find(a => a.id === need.areaId)?.title ?? need.areaId;
    const line = `${area}: ${MATURITY_LEVEL_TITLES[need.level]}, needs ${
      MATURITY_LEVEL_TITLES[need.target]
    }`;
    return need.criteria.length ? `${line} (${criteria(need.criteria)})` : line;
  });
  return item.needs.criteria.length
    ? [...areas, `Named criteria: ${criteria(item.needs.criteria)}`]
    : areas;
}

/**
 * The campaigns an entity is in, with the deadline and what it still needs
 * for each; nothing when it is in none.
 */
export function EntityCampaigns(props: {
  entityRef: string;
  model: MaturityModel;
  /** In a card of its own (the tab), or under a heading (the card). */
  variant: 'card' | 'section';
  /** The assessment's revision: saved answers change what is still needed. */
  revision?: number;
}) {
  const { entityRef, model, variant, revision } = props;
  const classes = useStyles();
  const api = useApi(sreMaturityApiRef);
  const campaignLink = useCampaignLink();
  const titles = useMemo(
    () => new Map(listCriteria(model).map(c => [c.id, c.title])),
    [model],
  );
  const { value, error } = useAsync(
    () => api.getEntityCampaigns(entityRef),
    [api, entityRef, revision],
  );

  if (error) {
    return (
      <Alert severity="warning">
        Could not load the campaigns: {errorMessage(error)}
      </Alert>
    );
  }
  if (!value?.items.length) {
    return null;
  }
  const today = new Date();
  const list = (
    <ul className={classes.list}>
      {value.items.map(item => {
        const link = campaignLink(item.campaign.id);
        return (
          <li key={item.campaign.id} className={classes.item}>
            <div className={classes.heading}>
              <Typography variant="body1" component="span">
                {link ? (
                  <Link to={link}>{item.campaign.title}</Link>
                ) : (
                  item.campaign.title
                )}
              </Typography>
              <Typography variant="body2" color="textSecondary">
                Deadline {describeDeadline(item.campaign.deadline, today)}
              </Typography>
            </div>
            {item.atTarget ? (
              <Typography variant="body2">
                <CheckCircleIcon fontSize="small" className={classes.done} /> At
                the campaign's target
              </Typography>
            ) : (
              <ul className={classes.needs}>
                {needsOf(item, model, titles).map(line => (
                  <li key={line}>
                    <Typography variant="body2">{line}</Typography>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
  if (variant === 'card') {
    return (
      <InfoCard title="Campaigns" className={classes.card}>
        {list}
      </InfoCard>
    );
  }
  return (
    <section aria-labelledby={headingId} className={classes.section}>
      <Typography variant="subtitle2" component="h3" id={headingId}>
        Campaigns
      </Typography>
      {list}
    </section>
  );
}
