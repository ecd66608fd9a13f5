import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useEntity } from '@backstage/plugin-catalog-react';
import {
  Criterion,
  readCatalogEvidence,
} from '@sre-maturity/backstage-plugin-common';
import { useMemo } from 'react';

const useStyles = makeStyles({
  // A long URL wraps instead of widening the tab.
  root: { overflowWrap: 'anywhere' },
});

/**
 * The values of the entity that the criterion's evidence rule names but that
 * do not count, such as a placeholder pasted from the catalog-info.yaml
 * snippet, and why: read from the entity itself, as the backend reads it.
 */
export function RefusedEvidenceNote(props: { criterion: Criterion }) {
  const { criterion } = props;
  const { entity } = useEntity();
  const classes = useStyles();
  const refused = useMemo(
    () => readCatalogEvidence(criterion, entity).refused,
    [criterion, entity],
  );
  return (
    <>
      {refused.map((item, index) => (
        <Typography
          key={index}
          variant="body2"
          color="textSecondary"
          component="div"
          className={classes.root}
        >
          In the catalog, <code>{item.key}</code>
          {item.value && (
            <>
              {' '}
              = <code>{item.value}</code>
            </>
          )}{' '}
          did not count: {item.reason}.
        </Typography>
      ))}
    </>
  );
}
