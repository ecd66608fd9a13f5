import { ScorecardGroupBy } from '../../../api';

/** What a roll-up's groups are called, and the group of entities without one. */
export const GROUP_TITLES: Record<
  ScorecardGroupBy,
  { one: string; none: string }
> = {
  owner: { one: 'Team', none: 'No owner' },
  system: { one: 'System', none: 'No system' },
};
