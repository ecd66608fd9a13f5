import { SRE_MATURITY_ANNOTATIONS } from '../../annotations';
import { Area } from '../types';
import { DASHBOARD_FILES, METRICS_FILES, SLO_FILES } from './repositoryFiles';
import { DEFAULT_APPLIES_TO } from '../defaultSelectors';

/** Observability, from the model document. */
export const observabilityArea: Area = {
  id: 'observability',
  title: 'Observability',
  description:
    'How well the team can see what its service is doing: metrics, logs, errors, alerts, dashboards and SLOs.',
  phases: [
    {
      id: 'crawl',
      summary:
        'The foundations for monitoring and observing the service are in place: the team measures something meaningful about it, and the first SLOs appear and start to inform decisions, while error budgets are not yet formally tracked.',
      criteria: [
        {
          id: 'observability.crawl.service-metrics',
          title: 'Meaningful metrics measured',
          description:
            'The team measures something meaningful about the service, commonly through metrics the service exposes, to supplement the feedback it gets from initial users.',
          guidance:
            'Expose request rate, errors and latency (and saturation) from the service, scrape them into your metrics system and put them on a dashboard.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: {
            annotations: ['prometheus.io/rule', 'grafana/dashboard-selector'],
            files: METRICS_FILES,
          },
        },
        {
          id: 'observability.crawl.first-slo',
          title: 'A first SLO',
          description:
            'SLOs start to appear as measuring sticks for the service. There might be only one, around availability, and it need not be formally tracked at the start.',
          guidance:
            'Pick the user journey that matters most, define an availability SLI for it (good requests / all requests) and agree an objective with the product owner.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          // A link of type slo points at an SLO's definition or dashboard.
          evidence: {
            annotations: [SRE_MATURITY_ANNOTATIONS.slo],
            linkTypes: ['slo'],
            files: SLO_FILES,
          },
        },
        {
          id: 'observability.crawl.slos-inform-decisions',
          title: 'SLOs inform decisions',
          description:
            'SLOs are used to inform decisions, such as where to put scaling and reliability effort. At this stage error budgets are not tracked, at least not formally.',
          guidance:
            'Review the SLO in planning and when deciding between feature and reliability work, and note which decisions it informed.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.crawl.slo-graduation',
          title: 'SLOs on their way from informing to enforcing',
          description:
            'SLOs are refined and gain wider awareness and support, so that they can graduate from informing to enforcing, and the team starts thinking about enforcing an error budget policy.',
          guidance:
            'Share the SLOs with stakeholders, refine them as you learn, and draft an error budget policy saying what happens when the budget is spent.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.crawl.errors-tracked',
          title: 'Application errors captured',
          description:
            'Errors raised by the service are captured centrally with enough context to debug them, rather than lost in local logs.',
          guidance:
            'Send exceptions to an error tracker (for example Sentry) or a central log search, and review new error types regularly.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: { annotations: ['sentry.io/project-slug'] },
        },
      ],
    },
    {
      id: 'walk',
      summary:
        'The team has established patterns and guidelines for observability signals such as metrics, logs and errors, uses them to speed up debugging and correlate signals (reducing MTTR), and its alerts have matured to rarely give false positives; SLOs, error budgets, monitoring and cost to serve are well understood.',
      criteria: [
        {
          id: 'observability.walk.signal-guidelines',
          title: 'Patterns and guidelines for signals',
          description:
            'There are established patterns and guidelines for observability signals such as metrics, logs and errors, used to speed up debugging and to correlate signals more easily, reducing Mean Time To Recovery (MTTR).',
          guidance:
            'Write down naming, labelling and log format conventions (for example structured logs with request ids), and apply them in shared libraries or templates.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.walk.few-false-positives',
          title: 'Alerts rarely give false positives',
          description:
            'Alerts have matured, through these patterns and refined queries, to rarely give false positives.',
          guidance:
            'Review every alert that fired without needing action, and tune or delete it; track the share of false positives over time.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.walk.multiple-meaningful-slos',
          title: 'More than one meaningful SLO',
          description:
            'SLOs have been iterated on, and the service has more than one meaningful SLO.',
          guidance:
            'Add SLOs for the other dimensions users care about, such as latency or freshness, and revisit targets against real user expectations.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.walk.error-budgets-tracked',
          title: 'Error budgets understood and tracked',
          description: 'The team understands error budgets and tracks them.',
          guidance:
            'Compute the remaining error budget for each SLO over its window, show it on a dashboard, and alert on fast burn rates.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: {
            annotations: [SRE_MATURITY_ANNOTATIONS.errorBudgetPolicy],
          },
        },
        {
          id: 'observability.walk.actionable-alerts',
          title: 'Alerts are actionable',
          description:
            'Every alert calls for a human action; alerts that need no action are not sent as alerts.',
          guidance:
            'Alert on symptoms that threaten an SLO rather than on causes, attach a runbook to each alert, and turn informational alerts into dashboard panels or tickets.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.walk.self-healing',
          title: 'Self-healing systems',
          description:
            'The systems heal themselves from common failures. SRE avoids building sub-systems that automagically work around inefficiencies of upstream: that needs a good argument why it cannot be fixed upstream (pushing left).',
          guidance:
            'Use health checks, automatic restarts, retries with backoff and autoscaling; for every workaround, first raise the fix upstream and record why it cannot be done there.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.walk.whitebox-and-blackbox-monitoring',
          title: 'Whitebox and blackbox monitoring tied to SLOs',
          description:
            'The service is monitored both internally (whitebox) and externally (blackbox), and both are tied to its SLOs.',
          guidance:
            'Add synthetic probes of the main user journeys from outside the service next to its internal metrics, and base SLIs on both.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.walk.dashboards-and-logging',
          title: 'Dashboards and logging easily accessible',
          description:
            'Dashboards and logs for the service exist and are easily accessible to everyone who needs them.',
          guidance:
            'Link the service dashboards and log searches from the service page in the portal, and make sure responders can open them without extra access requests.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: {
            annotations: ['grafana/dashboard-selector'],
            linkTypes: ['dashboard'],
            files: DASHBOARD_FILES,
          },
        },
        {
          id: 'observability.walk.cost-to-serve-known',
          title: 'Cost to serve known',
          description:
            'The team calculates and knows the cost to serve of the service, the prerequisite for lowering it.',
          guidance:
            'Tag cloud resources by service, allocate shared costs, and express cost per request or per customer.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.walk.lower-cost-architecture',
          title: 'Architecture improved for lower cost to serve',
          description:
            'The team improves the architecture of the service to lower its cost to serve.',
          guidance:
            'Use the cost to serve to find the most expensive parts, right-size or redesign them, and follow the effect on the cost per request.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'run',
      summary:
        'Logs, metrics, alerts and events are correlated, and the team builds on this foundation with AIOps and a better debugging experience to decrease MTTR further; SLOs go through a well-established review process.',
      criteria: [
        {
          id: 'observability.run.signal-correlation',
          title: 'Signals correlated',
          description:
            'Logs, metrics, alerts, events and other signals can be correlated with each other.',
          guidance:
            'Propagate trace and request ids through logs, metrics exemplars and events, and link between them in your observability tools.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.run.aiops-debug-experience',
          title: 'AIOps and a better debug experience',
          description:
            'Building on all the signals underneath, the team looks at AIOps and improves the debugging experience, focused on decreasing MTTR further.',
          guidance:
            'Once every signal is in place and correlated, try anomaly detection, automatic incident grouping or guided root-cause tools, and measure their effect on MTTR.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.run.slo-review-process',
          title: 'Well-established SLO review process',
          description:
            'SLOs are reviewed through a well-established, regular process.',
          guidance:
            'Review every SLO on a fixed cadence with engineering and product: is it still what users need, was the budget spent, what changes.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'observability.run.mttr-tracked',
          title: 'MTTR measured and decreasing',
          description:
            'Mean Time To Recovery is measured for every incident, and its trend shows the effect of observability improvements.',
          guidance:
            'Record detection, response and recovery times in every incident record and report the trend quarterly.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
  ],
};
