import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { useSearchParams } from 'react-router-dom';
import { EntityExplanation } from '../EntityExplanation/EntityExplanation';
import { EntityPicker } from '../EntityPicker/EntityPicker';

/** The query parameter naming the entity to explain, e.g. from its tab. */
export const ENTITY_PARAM = 'entity';

const useStyles = makeStyles({
  picker: { maxWidth: 560 },
});

/**
 * "Why is this Not started?" for any entity: picked here, or named by the
 * page's `?entity=` (the tab links so), which keeps the answer linkable.
 */
export function WhyNotStartedSection(props: { model: MaturityModel }) {
  const { model } = props;
  const classes = useStyles();
  const [searchParams, setSearchParams] = useSearchParams();
  const entityRef = searchParams.get(ENTITY_PARAM) || undefined;
  const select = (selected: string | undefined) =>
    setSearchParams(
      params => {
        const next = new URLSearchParams(params);
        if (selected) {
          next.set(ENTITY_PARAM, selected);
        } else {
          next.delete(ENTITY_PARAM);
        }
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <Typography paragraph>
        Pick an entity to see, area by area, which criteria keep it from its
        next phase, and how each could be met.
      </Typography>
      <div className={classes.picker}>
        <EntityPicker value={entityRef} onChange={select} />
      </div>
      {entityRef && <EntityExplanation model={model} entityRef={entityRef} />}
    </>
  );
}
