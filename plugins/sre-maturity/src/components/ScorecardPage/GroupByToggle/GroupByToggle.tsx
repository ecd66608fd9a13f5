import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { ScorecardGroupBy } from '../../../api';

const ENTITIES = 'entities';

/** Switches between the entity table and roll-ups per team or system. */
export function GroupByToggle(props: {
  value?: ScorecardGroupBy;
  onChange: (groupBy: ScorecardGroupBy | undefined) => void;
}) {
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      aria-label="Group by"
      value={props.value ?? ENTITIES}
      onChange={(_event, value: string | null) => {
        // A click on the pressed button deselects it; keep the view.
        if (value !== null) {
          props.onChange(
            value === ENTITIES ? undefined : (value as ScorecardGroupBy),
          );
        }
      }}
    >
      <ToggleButton value={ENTITIES}>Entities</ToggleButton>
      <ToggleButton value="owner">By team</ToggleButton>
      <ToggleButton value="system">By system</ToggleButton>
    </ToggleButtonGroup>
  );
}
