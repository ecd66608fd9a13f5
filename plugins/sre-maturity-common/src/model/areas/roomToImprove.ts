import { Area } from '../types';
import { DEFAULT_APPLIES_TO } from '../defaultSelectors';

/** Room to improve, from the model document. */
export const roomToImproveArea: Area = {
  id: 'room-to-improve',
  title: 'Room to improve',
  description:
    'Whether the team has time beyond keeping the service running to practise, improve and automate, and how it deals with toil.',
  phases: [
    {
      id: 'crawl',
      summary:
        'The team has room in its day to practise processes, improve them and automate things, and is familiar with the concept of toil, even though time spent is not measured formally yet.',
      criteria: [
        {
          id: 'room-to-improve.crawl.time-to-improve',
          title: 'Time to pursue improvement',
          description:
            'The team has sufficient time in its day to pursue improvement. Without this room it matures more slowly and gets bogged down in keeping the service running day to day, which can lead to scaling problems for the service and the team.',
          guidance:
            "Protect regular time for improvement work in the team's plan, and raise it with management when operational work crowds it out.",
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'room-to-improve.crawl.practise-improve-automate',
          title: 'Processes practised, improved and automated',
          description:
            'The team uses its room to practise its processes, improve them and automate things.',
          guidance:
            'Pick one manual process every cycle, practise it, write down what went wrong, and automate the most repetitive steps.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'room-to-improve.crawl.toil-awareness',
          title: 'Familiar with toil',
          description:
            'The team is familiar with the concept of toil: manual, repetitive, automatable work that scales with the service. Formally measuring time spent on keeping things running versus feature work or automation can come later.',
          guidance:
            'Discuss what toil is with the team and keep a simple list of the toil you do today.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'walk',
      summary:
        'Toil is measured more formally and tracked by management, and a relationship with upstream helps manage it.',
      criteria: [
        {
          id: 'room-to-improve.walk.toil-measured',
          title: 'Toil measured and tracked by management',
          description:
            'The team measures toil more formally, and management tracks it.',
          guidance:
            'Log time spent on toil (for example by labelling tickets or sampling each sprint), report the share of time to management, and track it over time.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'room-to-improve.walk.upstream-relationship',
          title: 'Upstream relationship for managing toil',
          description:
            'The team develops a relationship with upstream (engineering and SRE, or SRE and the upstream product) for managing toil.',
          guidance:
            'Meet upstream regularly, bring the top sources of toil with data, and agree which fixes land upstream.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'room-to-improve.walk.toil-capped',
          title: 'Toil capped',
          description:
            'There is an agreed cap on the share of time spent on toil (commonly at most half), and work beyond it is handed back or automated.',
          guidance:
            'Agree the cap with management, and when it is exceeded, move operational work back to the developers or prioritise automation.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'run',
      summary:
        'Toil is kept low through engineering: its reduction is planned and measured, improvement time is protected, and routine operations are self-service.',
      criteria: [
        {
          id: 'room-to-improve.run.toil-reduction-planned',
          title: 'Toil reduction planned and measured',
          description:
            'Toil reduction is planned work with measurable goals, and the measured toil goes down over time.',
          guidance:
            'Set a toil reduction goal every cycle, pick the largest sources first, and check the result against the toil measurements.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'room-to-improve.run.protected-engineering-time',
          title: 'Engineering time protected',
          description:
            'A share of capacity for engineering and improvement work is protected and honoured even under feature pressure.',
          guidance:
            'Agree the share with product and management, plan it explicitly, and report when it was not honoured and why.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'room-to-improve.run.self-service-operations',
          title: 'Routine operations are self-service',
          description:
            'Routine operational requests, such as access, environments or configuration changes, are automated and self-service, without the team doing them by hand.',
          guidance:
            'Find the most frequent requests to the team and turn them into self-service workflows, for example templates in the developer portal.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
  ],
};
