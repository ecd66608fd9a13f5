import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { ScorecardGroupBy } from '../../../api';

const ENTITIES = 'entities';
const EXEMPT = 'exempt';

/** What the page lists: entities, roll-ups, or the exempt entities. */
export type ScorecardListing = ScorecardGroupBy | typeof EXEMPT | undefined;

/**
 * Switches between the entity table, roll-ups per team or system, and the
 * entities the scorecard leaves out for their exemption, with their count.
 */
export function GroupByToggle(props: {
  value: ScorecardListing;
  /** How many entities are exempt; unknown while loading. */
  exemptCount?: number;
  onChange: (listing: ScorecardListing) => void;
}) {
  const { exemptCount } = props;
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      aria-label="List"
      value={props.value ?? ENTITIES}
      onChange={(_event, value: string | null) => {
        // A click on the pressed button deselects it; keep the view.
        if (value !== null) {
          props.onChange(
            value === ENTITIES ? undefined : (value as ScorecardListing),
          );
        }
      }}
    >
      <ToggleButton value={ENTITIES}>Entities</ToggleButton>
      <ToggleButton value="owner">By team</ToggleButton>
      <ToggleButton value="system">By system</ToggleButton>
      <ToggleButton value={EXEMPT}>
        {exemptCount === undefined ? 'Exempt' : `Exempt (${exemptCount})`}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
