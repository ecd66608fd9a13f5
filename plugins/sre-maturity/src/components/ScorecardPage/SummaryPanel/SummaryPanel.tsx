import {
  Accordion,
  AccordionDetails,
  AccordionSummary,
  makeStyles,
  Typography,
} from '@material-ui/core';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { ReactNode } from 'react';
import useLocalStorage from 'react-use/esm/useLocalStorage';
import { ScorecardTotals } from '../../../api';

const useStyles = makeStyles(theme => ({
  heading: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0, 2) },
  details: { display: 'block' },
}));

const OPEN_KEY = 'sre-maturity.scorecard.summary-open';

/** E.g. `48 entities · average score 41 · 3 stale · 5 below target`. */
export function summaryLine(totals: ScorecardTotals): string {
  return [
    `${totals.entities} ${totals.entities === 1 ? 'entity' : 'entities'}`,
    `average score ${Math.round(totals.averageScore)}`,
    `${totals.stale} stale`,
    `${totals.belowTarget} below target`,
  ].join(' · ');
}

/**
 * The summary, folded to one line unless the user opened it (remembered in
 * this browser): the cards and charts would otherwise push the table's rows
 * below the first screen.
 */
export function SummaryPanel(props: {
  totals: ScorecardTotals;
  children: ReactNode;
}) {
  const { totals, children } = props;
  const classes = useStyles();
  const [open, setOpen] = useLocalStorage(OPEN_KEY, false);
  return (
    <Accordion
      expanded={open ?? false}
      onChange={(_, expanded) => setOpen(expanded)}
    >
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <div className={classes.heading}>
          <Typography variant="subtitle2" component="h2">
            Summary and charts
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {summaryLine(totals)}
          </Typography>
        </div>
      </AccordionSummary>
      <AccordionDetails className={classes.details}>
        {children}
      </AccordionDetails>
    </Accordion>
  );
}
