import { MaturityModel, MaturityTargets, PHASES, PhaseId } from './model/types';

/**
 * The prefix of every annotation the plugin reads.
 *
 * @public
 */
export const SRE_MATURITY_ANNOTATION_PREFIX = 'sre-maturity.io/';

/**
 * The plugin's own catalog annotations.
 *
 * @public
 */
export const SRE_MATURITY_ANNOTATIONS = {
  /** Target phase for every area; per-area keys come from {@link targetPhaseAnnotation}. */
  targetPhase: 'sre-maturity.io/target-phase',
  slo: 'sre-maturity.io/slo',
  errorBudgetPolicy: 'sre-maturity.io/error-budget-policy',
  onCall: 'sre-maturity.io/on-call',
  escalation: 'sre-maturity.io/escalation',
  runbook: 'sre-maturity.io/runbook',
  postmortems: 'sre-maturity.io/postmortems',
  /** Leaves the entity out of scorecards; the value is the reason. */
  exempt: 'sre-maturity.io/exempt',
  /** The entity's tier, free text; criteria can apply by it (`appliesTo.tiers`). */
  tier: 'sre-maturity.io/tier',
} as const;

/**
 * The annotation that sets the target phase of one area, e.g.
 * `sre-maturity.io/target-phase.observability`.
 *
 * @public
 */
export function targetPhaseAnnotation(areaId: string): string {
  return `${SRE_MATURITY_ANNOTATIONS.targetPhase}.${areaId}`;
}

/**
 * One row of the annotation reference, as documented in the READMEs.
 *
 * @public
 */
export interface SreMaturityAnnotationDoc {
  key: string;
  description: string;
  example: string;
}

/**
 * Every annotation the plugin reads, described; the READMEs' annotation
 * tables are checked against this list.
 *
 * @public
 */
export const SRE_MATURITY_ANNOTATION_DOCS: readonly SreMaturityAnnotationDoc[] =
  [
    {
      key: SRE_MATURITY_ANNOTATIONS.targetPhase,
      description:
        'Target phase (`crawl`, `walk` or `run`) for every area of the model; the gap to it is shown on the entity and the scorecard.',
      example: 'walk',
    },
    {
      key: targetPhaseAnnotation('<areaId>'),
      description:
        'Target phase for one area, e.g. `sre-maturity.io/target-phase.observability`; overrides the overall target for that area.',
      example: 'run',
    },
    {
      key: SRE_MATURITY_ANNOTATIONS.slo,
      description:
        "Link to the service's SLO definitions or SLO dashboard; evidence that a first SLO exists.",
      example: 'https://slo.acme.internal/services/payments',
    },
    {
      key: SRE_MATURITY_ANNOTATIONS.errorBudgetPolicy,
      description:
        'Link to the error budget policy and its tracking; evidence that error budgets are tracked.',
      example: 'https://wiki.acme.internal/payments/error-budget-policy',
    },
    {
      key: SRE_MATURITY_ANNOTATIONS.onCall,
      description:
        'Link to (or name of) the on-call schedule, when it is not in PagerDuty or Opsgenie; evidence of an on-call schedule.',
      example: 'https://oncall.acme.internal/schedules/payments',
    },
    {
      key: SRE_MATURITY_ANNOTATIONS.escalation,
      description:
        'Link to the documented escalation path (channel, mailing list or issue queue); evidence of an escalation process.',
      example: 'https://wiki.acme.internal/payments/escalation',
    },
    {
      key: SRE_MATURITY_ANNOTATIONS.runbook,
      description:
        'Link to the runbooks for alerts and common incidents; evidence of runbooks. A `metadata.links` entry of type `runbook` counts too.',
      example: 'https://runbooks.acme.internal/payments',
    },
    {
      key: SRE_MATURITY_ANNOTATIONS.postmortems,
      description:
        'Link to the library of post-mortems (RCAs); evidence of a post-mortem library.',
      example: 'https://wiki.acme.internal/payments/postmortems',
    },
    {
      key: SRE_MATURITY_ANNOTATIONS.exempt,
      description:
        'Leaves the entity out of scorecards and roll-ups; the value is the reason. An empty value or `false` does not exempt.',
      example: 'Deprecated, shut down in Q3',
    },
    {
      key: SRE_MATURITY_ANNOTATIONS.tier,
      description:
        "The entity's tier, free text such as `1`, `2`, `3` or `critical`; criteria and the model can apply by it (`appliesTo` with `tiers`, compared case-insensitively). The default model does not use it.",
      example: '1',
    },
  ];

/**
 * Reads the target phases from an entity's annotations. Values are
 * case-insensitive; bad values and unknown areas are reported in `problems`
 * and otherwise ignored.
 *
 * @public
 */
export function readTargets(
  model: MaturityModel,
  annotations: Record<string, string> = {},
): { targets: MaturityTargets; problems: string[] } {
  const targets: MaturityTargets = { areas: {} };
  const problems: string[] = [];
  const areaPrefix = `${SRE_MATURITY_ANNOTATIONS.targetPhase}.`;

  for (const [key, value] of Object.entries(annotations)) {
    let areaId: string | undefined;
    if (key.startsWith(areaPrefix)) {
      areaId = key.slice(areaPrefix.length);
      if (!model.areas.some(area => area.id === areaId)) {
        problems.push(`${key}: unknown area "${areaId}"`);
        continue;
      }
    } else if (key !== SRE_MATURITY_ANNOTATIONS.targetPhase) {
      continue;
    }
    const phase = value.trim().toLocaleLowerCase('en-US');
    if (!isPhase(phase)) {
      problems.push(
        `${key}: "${value}" is not a phase (expected ${PHASES.join(', ')})`,
      );
    } else if (areaId) {
      targets.areas[areaId] = phase;
    } else {
      targets.overall = phase;
    }
  }
  return { targets, problems };
}

function isPhase(value: string): value is PhaseId {
  return (PHASES as readonly string[]).includes(value);
}

/**
 * Reads the exemption from an entity's annotations. The value is the
 * reason; an empty value or `false` means not exempt, and `true` exempts
 * without a reason.
 *
 * @public
 */
export function readExemption(annotations: Record<string, string> = {}): {
  exempt: boolean;
  reason?: string;
} {
  const value = annotations[SRE_MATURITY_ANNOTATIONS.exempt]?.trim();
  const normalized = value?.toLocaleLowerCase('en-US');
  if (!value || normalized === 'false') {
    return { exempt: false };
  }
  return normalized === 'true'
    ? { exempt: true }
    : { exempt: true, reason: value };
}
