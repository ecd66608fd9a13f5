import Chip, { ChipProps } from '@material-ui/core/Chip';
import {
  MATURITY_LEVEL_TITLES,
  MaturityLevel,
} from '@sre-maturity/backstage-plugin-common';
import { LEVEL_COLORS } from './levelColors';

/**
 * A maturity level as a colored chip. With a `label`, the chip reads
 * "label: level", e.g. "Observability: Walk".
 */
export function MaturityLevelChip(props: {
  level: MaturityLevel;
  label?: string;
  size?: ChipProps['size'];
}) {
  const { level, label, size = 'small' } = props;
  const title = MATURITY_LEVEL_TITLES[level];
  const colors = LEVEL_COLORS[level];
  return (
    <Chip
      size={size}
      label={label ? `${label}: ${title}` : title}
      style={{ background: colors.background, color: colors.text }}
    />
  );
}
