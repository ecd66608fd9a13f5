import {
  levelRank,
  MATURITY_LEVEL_TITLES,
  MaturityLevel,
  PHASES,
} from '@sre-maturity/backstage-plugin-common';
import { AreaExplanation } from './explainEntity';

function joinNames(names: string[]): string {
  return names.length <= 1
    ? names.join('')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Why the entity's overall phase, its weakest applicable area's, is what it
 * is, in one sentence naming those weakest areas.
 */
export function summarizeOverall(
  overall: MaturityLevel,
  areas: AreaExplanation[],
): string {
  const weakest = areas
    .filter(a => a.view.result.applicable && a.view.result.level === overall)
    .map(a => a.view.area.title);
  const next = PHASES[levelRank(overall)];
  if (weakest.length === 0 || !next) {
    return `${MATURITY_LEVEL_TITLES[overall]} in every area.`;
  }
  const names = joinNames(weakest);
  if (overall === 'not-started') {
    return `Not started, because Crawl is not complete in ${names}.`;
  }
  return `${
    MATURITY_LEVEL_TITLES[overall]
  }, the weakest area's phase: ${names} ${
    weakest.length === 1 ? 'has' : 'have'
  } not reached ${MATURITY_LEVEL_TITLES[next]}.`;
}
