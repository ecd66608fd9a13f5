import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import CancelIcon from '@material-ui/icons/Cancel';
import RemoveCircleOutlineIcon from '@material-ui/icons/RemoveCircleOutline';
import HelpOutlineIcon from '@material-ui/icons/HelpOutline';
import { EffectiveStatus } from '@sre-maturity/backstage-plugin-common';
import { STATUS_TITLES } from './format';

const useStyles = makeStyles(theme => ({
  met: { color: theme.palette.success.main },
  'not-met': { color: theme.palette.error.main },
  'not-applicable': { color: theme.palette.text.secondary },
  unknown: { color: theme.palette.text.secondary },
}));

const ICONS = {
  met: CheckCircleIcon,
  'not-met': CancelIcon,
  'not-applicable': RemoveCircleOutlineIcon,
  unknown: HelpOutlineIcon,
};

/** An effective status with an icon, so that it does not rely on color. */
export function StatusChip(props: { status: EffectiveStatus }) {
  const { status } = props;
  const classes = useStyles();
  const Icon = ICONS[status];
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<Icon className={classes[status]} aria-hidden />}
      label={STATUS_TITLES[status]}
    />
  );
}
