import { SRE_MATURITY_ANNOTATIONS } from '../../annotations';
import { Area } from '../types';
import { POSTMORTEM_FILES, RUNBOOK_FILES } from './repositoryFiles';
import { DEFAULT_APPLIES_TO } from '../defaultSelectors';

const PAGING_ANNOTATIONS = [
  'pagerduty.com/service-id',
  'pagerduty.com/integration-key',
  'opsgenie.com/team',
];

/** On Call, Escalations and Incidents, from the model document. */
export const onCallArea: Area = {
  id: 'on-call',
  title: 'On Call, Escalations and Incidents',
  description:
    'Who responds when things go wrong, how problems are raised and escalated, and how incidents are handled and learned from.',
  phases: [
    {
      id: 'crawl',
      summary:
        'Someone is responsible for responding when things go bad, problems can be raised through a formal, shared escalation process, and when things go really bad an incident management process and blameless root cause analyses feed improvements back to the team.',
      criteria: [
        {
          id: 'on-call.crawl.on-call-schedule',
          title: 'On-call schedule',
          description:
            'The team has an on-call schedule. It does not have to be 24/7 or automated, but someone must be responsible for responding when things go bad.',
          guidance:
            'Set up a rotation (in a paging tool or a shared calendar), publish who is on call, and agree how the on-call person is reached.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: {
            annotations: [
              ...PAGING_ANNOTATIONS,
              SRE_MATURITY_ANNOTATIONS.onCall,
            ],
          },
        },
        {
          id: 'on-call.crawl.schedule-fits-slo',
          title: 'Schedule tailored to a reduced SLO',
          description:
            'Expectations are set early with a reduced SLO, so that the on-call schedule can be tailored to reasonable times for the team.',
          guidance:
            'Agree with stakeholders which hours the service is supported, reflect that in the SLO, and size the rotation to it.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'on-call.crawl.escalation-process',
          title: 'Formal, shared escalation process',
          description:
            'There is an escalation process, a way to be notified of problems: anyone can raise a problem with the SRE team and with the people who build the service (engineers, QE, writers), via a mailing list, a chat channel, an issue system or other means. It is formalised and shared.',
          guidance:
            'Pick the channels, write down who is contacted in which order, and link the document from the service page in the portal.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: { annotations: [SRE_MATURITY_ANNOTATIONS.escalation] },
        },
        {
          id: 'on-call.crawl.incident-management-process',
          title: 'Incident management process',
          description:
            'When things go really bad, the team follows an incident management process.',
          guidance:
            'Write down how an incident is declared, who leads it, how it is communicated and how it is closed, and make sure every responder knows it.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'on-call.crawl.rca-library',
          title: 'Library of root cause analyses',
          description:
            'Incidents get a Root Cause Analysis (RCA), also called a post mortem or post incident review, and the team builds up a library of RCAs that feeds more proactive work as it matures, such as incident rehearsals.',
          guidance:
            'Use one RCA template, store every RCA in one searchable place, and link that place from the service page.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: {
            annotations: [SRE_MATURITY_ANNOTATIONS.postmortems],
            files: POSTMORTEM_FILES,
          },
        },
        {
          id: 'on-call.crawl.blameless-postmortems',
          title: 'Blameless post-mortem sessions',
          description:
            'Each RCA includes a blameless post-mortem session with the people involved, held while the incident is still fresh in their minds.',
          guidance:
            'Hold the session within a few days of the incident, focus on systems and decisions rather than individuals, and have a facilitator who was not involved.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'on-call.crawl.postmortem-actions-followed',
          title: 'Post-mortem actions prioritised and followed through',
          description:
            'Each post mortem feeds extremely valuable reliability improvements back to the team, and management ensures these actions get high priority and are followed through.',
          guidance:
            'Track post-mortem actions as backlog items with owners and due dates, and review open actions with management regularly.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'walk',
      summary:
        'On call is sustainable and supported by tooling: alerts page automatically and escalate, responders have runbooks and clear incident roles, and incident response is measured.',
      criteria: [
        {
          id: 'on-call.walk.automated-paging',
          title: 'Automated paging and escalation',
          description:
            'Alerts page the on-call engineer automatically through a paging tool, and unacknowledged pages escalate to the next responder.',
          guidance:
            'Route alerts to a paging service (for example PagerDuty or Opsgenie) with an escalation policy, and test it regularly.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: { annotations: PAGING_ANNOTATIONS },
        },
        {
          id: 'on-call.walk.runbooks',
          title: 'Runbooks for alerts and common incidents',
          description:
            'Responders have up-to-date runbooks for every alert and for common incidents.',
          guidance:
            'Write a runbook per alert (what it means, how to check, how to mitigate), link it from the alert, and update it after every incident that used it.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: {
            annotations: [SRE_MATURITY_ANNOTATIONS.runbook],
            linkTypes: ['runbook'],
            files: RUNBOOK_FILES,
          },
        },
        {
          id: 'on-call.walk.service-documented',
          title: 'Documentation kept with the code',
          description:
            'The service is documented beside its code and the documentation is published where the team and responders look for it, so that it changes with the service.',
          guidance:
            'Keep a docs folder in the repository with what the service does, how it is deployed and what it depends on, publish it in TechDocs (annotation backstage.io/techdocs-ref), and review it with every significant change.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          // TechDocs shows docs-as-code published in the portal; not that
          // they are runbooks, which is a criterion of its own.
          evidence: { techDocs: true },
        },
        {
          id: 'on-call.walk.sustainable-on-call-load',
          title: 'Sustainable on-call load',
          description:
            'The on-call load (pages per shift, out-of-hours work) is measured and kept sustainable, with handovers between shifts.',
          guidance:
            'Count pages per shift and time spent on incidents, set a limit (for example at most two incidents per shift), and act when it is exceeded.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'on-call.walk.incident-roles',
          title: 'Defined incident roles',
          description:
            'Incidents have defined roles, such as incident commander, communications lead and operations lead, and stakeholders are kept informed.',
          guidance:
            'Describe each role in the incident process, train people for them, and assign them at the start of every incident.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'on-call.walk.incident-metrics',
          title: 'Incident metrics tracked',
          description:
            'Incident counts and times to detect, acknowledge and recover are tracked and reviewed.',
          guidance:
            'Record the timestamps of every incident in one place and review the numbers with the team every month.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'run',
      summary:
        'Incident response is practised, automated and continuously improved, and learnings from incidents are analysed across incidents and shared widely.',
      criteria: [
        {
          id: 'on-call.run.automated-incident-tooling',
          title: 'Automated incident tooling',
          description:
            'Declaring an incident, opening its channel, capturing its timeline and sending status updates are automated.',
          guidance:
            'Use incident tooling or chat-ops bots that create the channel, page the roles, record the timeline and draft the post mortem.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'on-call.run.cross-incident-analysis',
          title: 'Cross-incident analysis',
          description:
            'The RCA library is analysed for recurring causes and trends, which feed the reliability roadmap.',
          guidance:
            'Tag RCAs by cause and affected component, review them together every quarter, and turn recurring themes into roadmap items.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'on-call.run.on-call-training',
          title: 'On-call onboarding and training',
          description:
            'New responders are onboarded through shadowing and practice before joining the rotation, and everyone practises regularly.',
          guidance:
            'Have newcomers shadow and reverse-shadow shifts, and run practice sessions based on past incidents.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'on-call.run.proactive-communication',
          title: 'Proactive incident communication',
          description:
            'Users and stakeholders are informed proactively during incidents, for example through a status page, with regular updates.',
          guidance:
            'Set up a status page, prepare message templates, and make updating it part of the communications lead role.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
  ],
};
