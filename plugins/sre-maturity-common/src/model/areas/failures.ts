import { Area } from '../types';
import {
  CHAOS_EXPERIMENT_FILES,
  SCHEDULED_CHAOS_FILES,
} from './repositoryFiles';
import { DEFAULT_APPLIES_TO } from '../defaultSelectors';

/** Failures, from the model document. */
export const failuresArea: Area = {
  id: 'failures',
  title: 'Failures',
  description:
    'How well the team knows and tests the way its service fails, from understanding failure modes to chaos testing in production.',
  phases: [
    {
      id: 'crawl',
      summary:
        'The team understands how the service reacts to failures, feeds that into planning the environment, and works on improving the areas that are weak.',
      criteria: [
        {
          id: 'failures.crawl.failure-modes-understood',
          title: 'Failure modes understood',
          description:
            'The team understands how the service reacts to failures, such as a dependency, a node or a zone going down.',
          guidance:
            'List the dependencies and components of the service and, for each, write down what users see when it fails; confirm the riskiest ones with a test.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: { files: CHAOS_EXPERIMENT_FILES },
        },
        {
          id: 'failures.crawl.environment-planned-for-failure',
          title: 'Environment planned for failure',
          description:
            'What the team learns about failures feeds into planning the environment, for example redundancy, capacity and placement.',
          guidance:
            'Review the failure modes when planning infrastructure, and add redundancy or capacity where a single failure would break the service.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'failures.crawl.weak-areas-improved',
          title: 'Weak areas being improved',
          description:
            'The team works on improving the areas that are weak in the face of failure.',
          guidance:
            'Keep the weak spots found on the backlog with owners, and schedule the most severe ones first.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'failures.crawl.dependencies-declared',
          title: 'Dependencies declared',
          description:
            'What the service depends on (other services, data stores, the APIs it consumes) is declared where everyone can see it, so that the impact of a failing dependency can be traced.',
          guidance:
            'List the dependencies in catalog-info.yaml (spec.dependsOn, spec.consumesApis) and keep them current when the architecture changes; this is the starting list for understanding failure modes.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          // The APIs a service provides say nothing about what it relies on.
          evidence: { relations: ['dependsOn', 'consumesApis'] },
        },
        {
          id: 'failures.crawl.backups',
          title: 'Data backed up',
          description:
            'The data the service cannot lose is backed up automatically, and backups are kept separately from the data they protect.',
          guidance:
            'Schedule automatic backups of every data store, store them in another location or account, and alert when a backup fails.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.holdingData,
        },
      ],
    },
    {
      id: 'walk',
      summary:
        'Well-established, iterated SLOs are validated under turbulent conditions, the right alerts are confirmed to be in place, and disaster recovery and incidents are rehearsed.',
      criteria: [
        {
          id: 'failures.walk.slos-validated-under-turbulence',
          title: 'SLOs validated under turbulent conditions',
          description:
            'Well-established and iterated SLOs are validated under turbulent conditions, such as load, failing dependencies or lost instances.',
          guidance:
            'Run load and fault-injection tests in a production-like environment and check that the service stays within its SLOs.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'failures.walk.alerts-verified-under-failure',
          title: 'Right alerts verified under failure',
          description:
            'The team makes sure the right alerts are in place and fire when failures happen, drawing on the observability maturity of this phase.',
          guidance:
            'During every failure test, note which alerts fired and which should have; fix the gaps before the next test.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'failures.walk.disaster-recovery-rehearsals',
          title: 'Disaster recovery rehearsals',
          description:
            'Disaster recovery is rehearsed: restoring from backups and failing over are practised, not just documented.',
          guidance:
            'Restore a backup and fail over to the standby on a regular schedule, time it against your recovery objectives, and fix what slowed you down.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.holdingData,
        },
        {
          id: 'failures.walk.incident-rehearsals',
          title: 'Incident rehearsals',
          description:
            'Incidents are rehearsed, for example in game days or by replaying past incidents, so that responders practise the incident process.',
          guidance:
            'Run a game day or a "wheel of misfortune" session every quarter, based on scenarios from the RCA library.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'run',
      summary:
        'Chaos testing runs in production during the available time window while the service still meets its SLA.',
      criteria: [
        {
          id: 'failures.run.chaos-testing-in-production',
          title: 'Chaos testing in production',
          description:
            'Chaos testing runs in production during the available time window.',
          guidance:
            'Start with small, well-understood experiments in production during agreed windows, and widen them as confidence grows.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'failures.run.sla-met-during-chaos',
          title: 'SLA met during chaos experiments',
          description:
            'Chaos experiments in production still meet the SLA: their blast radius is limited and they stop automatically when the service degrades.',
          guidance:
            'Define abort conditions on SLO burn rate for every experiment, limit the share of traffic or instances affected, and keep a kill switch.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'failures.run.continuous-chaos',
          title: 'Chaos experiments run continuously',
          description:
            'Chaos experiments are automated and run regularly, so that regressions in resilience are caught, rather than being one-off events.',
          guidance:
            'Schedule the proven experiments to run automatically, or run them in the delivery pipeline, and alert on failed experiments.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: { files: SCHEDULED_CHAOS_FILES },
        },
        {
          id: 'failures.run.graceful-degradation',
          title: 'Graceful degradation',
          description:
            'The service degrades gracefully when dependencies fail or load spikes, using timeouts, circuit breakers, load shedding and fallbacks.',
          guidance:
            'Set timeouts and circuit breakers on every dependency call, define fallbacks for non-critical features, and shed load before overload.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
  ],
};
