import { InputError } from '@backstage/errors';
import { evidenceRuleProblems } from './evidenceRuleProblems';
import { isValidSlug, parseCriterionId } from './ids';
import { listCriteria } from './listCriteria';
import { selectorProblems } from './selectorProblems';
import {
  Area,
  Criterion,
  EntitySelector,
  EvidenceRule,
  MaturityModel,
  PHASES,
  PhaseDefinition,
  PhaseId,
} from './types';

/**
 * A criterion of a configured area. `id` is either a slug, completed to
 * `<areaId>.<phase>.<slug>`, or that full id.
 *
 * @public
 */
export interface CriterionInput {
  id: string;
  title: string;
  description: string;
  guidance?: string;
  evidence?: EvidenceRule;
  /** The entities it applies to; absent: every entity. */
  appliesTo?: EntitySelector[];
}

/** @public */
export interface PhaseInput {
  summary: string;
  criteria?: CriterionInput[];
}

/**
 * A new area from configuration.
 *
 * @public
 */
export interface AreaInput {
  id: string;
  title: string;
  description?: string;
  phases: Record<PhaseId, PhaseInput>;
}

/**
 * Adds a criterion or overrides an existing one, found by id. The area and
 * phase come from a full id (`<areaId>.<phase>.<slug>`) or, for a slug id,
 * from `area` and `phase`. An override replaces only the fields it sets; its
 * `evidence` replaces the whole rule. A new criterion needs a title and a
 * description.
 *
 * @public
 */
export interface CriterionOverride {
  id: string;
  area?: string;
  phase?: PhaseId;
  title?: string;
  description?: string;
  guidance?: string;
  evidence?: EvidenceRule;
  /** Replaces the criterion's `appliesTo`; `[{}]` applies it to every entity. */
  appliesTo?: EntitySelector[];
}

/**
 * Changes to a base model, as configured under `sreMaturity.model`.
 *
 * @public
 */
export interface ModelOverrides {
  /** Use only the configured areas, dropping the base model's. */
  replace?: boolean;
  /** Replaces the model's `appliesTo`: the entities the whole model applies to. */
  appliesTo?: EntitySelector[];
  areas?: AreaInput[];
  criteria?: CriterionOverride[];
  /** Ids of criteria to drop. */
  disabled?: string[];
}

/**
 * Applies overrides to a base model, in this order: replace, new areas,
 * added or overridden criteria, disabled criteria. Does not change `base`.
 *
 * Throws an InputError listing every problem, one per line, each prefixed
 * with the configuration key it concerns (under `options.path`, by default
 * `sreMaturity.model`), e.g.
 * `sreMaturity.model.criteria[2].evidence.annotations[0]: "not a key!" is not a valid annotation key`.
 *
 * @public
 */
export function buildModel(
  base: MaturityModel,
  overrides: ModelOverrides,
  options: { path?: string } = {},
): MaturityModel {
  const path = options.path ?? 'sreMaturity.model';
  const problems: string[] = [];
  const areas = (overrides.replace ? [] : base.areas).map(copyArea);
  const criterionIds = new Set(listCriteria({ areas }).map(c => c.id));
  // The key to name when a phase ends up without criteria.
  const emptyPhaseBlame = new Map<string, string>();

  if (overrides.replace && !overrides.areas?.length) {
    problems.push(
      `${path}.areas: replace is set, so at least one area must be configured`,
    );
  }

  overrides.areas?.forEach((input, i) => {
    const areaPath = `${path}.areas[${i}]`;
    if (!isValidSlug(input.id)) {
      problems.push(
        `${areaPath}.id: "${input.id}" is not a valid area id (lowercase words joined by "-")`,
      );
      return;
    }
    if (areas.some(area => area.id === input.id)) {
      problems.push(`${areaPath}.id: duplicate area id "${input.id}"`);
      return;
    }
    if (!input.title.trim()) {
      problems.push(`${areaPath}.title: must not be empty`);
    }
    const phases = PHASES.map((phase): PhaseDefinition => {
      const phasePath = `${areaPath}.phases.${phase}`;
      emptyPhaseBlame.set(`${input.id}.${phase}`, `${phasePath}.criteria`);
      const criteria = (input.phases[phase].criteria ?? []).flatMap(
        (criterion, j): Criterion[] => {
          const criterionPath = `${phasePath}.criteria[${j}]`;
          const id = criterion.id.includes('.')
            ? criterion.id
            : `${input.id}.${phase}.${criterion.id}`;
          const parsed = parseCriterionId(id);
          if (parsed?.areaId !== input.id || parsed.phase !== phase) {
            problems.push(
              `${criterionPath}.id: "${criterion.id}" does not match its area and phase (expected "<slug>" or "${input.id}.${phase}.<slug>")`,
            );
            return [];
          }
          if (criterionIds.has(id)) {
            problems.push(
              `${criterionPath}.id: duplicate criterion id "${id}"`,
            );
            return [];
          }
          criterionIds.add(id);
          problems.push(...newCriterionProblems(criterion, criterionPath));
          return [
            {
              id,
              title: criterion.title,
              description: criterion.description,
              guidance: criterion.guidance ?? '',
              source: 'custom',
              ...(criterion.evidence && { evidence: criterion.evidence }),
              ...(criterion.appliesTo && { appliesTo: criterion.appliesTo }),
            },
          ];
        },
      );
      return { id: phase, summary: input.phases[phase].summary, criteria };
    });
    areas.push({
      id: input.id,
      title: input.title,
      description: input.description ?? '',
      phases,
    });
  });

  const configuredAt = new Map<string, string>();
  overrides.criteria?.forEach((input, i) => {
    const overridePath = `${path}.criteria[${i}]`;
    const located = locateOverride(input, overridePath, problems);
    if (!located) {
      return;
    }
    const { id, areaId, phase } = located;
    const earlier = configuredAt.get(id);
    if (earlier) {
      problems.push(
        `${overridePath}.id: duplicate criterion id "${id}" (also at ${earlier})`,
      );
      return;
    }
    configuredAt.set(id, overridePath);
    const criteria = areas
      .find(area => area.id === areaId)
      ?.phases.find(p => p.id === phase)?.criteria;
    if (!criteria) {
      const key = input.area ? 'area' : 'id';
      problems.push(`${overridePath}.${key}: unknown area "${areaId}"`);
      return;
    }
    problems.push(
      ...evidenceRuleProblems(input.evidence, `${overridePath}.evidence`),
      ...selectorProblems(input.appliesTo, `${overridePath}.appliesTo`),
    );
    const index = criteria.findIndex(criterion => criterion.id === id);
    if (index >= 0) {
      problems.push(...overrideProblems(input, overridePath));
      criteria[index] = applyOverride(criteria[index], input);
      return;
    }
    if (input.title === undefined || input.description === undefined) {
      problems.push(
        `${overridePath}: "${id}" is not in the model, so it is a new criterion and needs a title and a description`,
      );
      return;
    }
    problems.push(...overrideProblems(input, overridePath));
    criteria.push({
      id,
      title: input.title,
      description: input.description,
      guidance: input.guidance ?? '',
      source: 'custom',
      ...(input.evidence && { evidence: input.evidence }),
      ...(input.appliesTo && { appliesTo: input.appliesTo }),
    });
  });

  overrides.disabled?.forEach((id, i) => {
    const disabledPath = `${path}.disabled[${i}]`;
    const located = parseCriterionId(id);
    const phase = areas
      .find(area => area.id === located?.areaId)
      ?.phases.find(p => p.id === located?.phase);
    const index = phase?.criteria.findIndex(c => c.id === id) ?? -1;
    if (!phase || index < 0) {
      problems.push(`${disabledPath}: unknown criterion "${id}"`);
      return;
    }
    phase.criteria.splice(index, 1);
    emptyPhaseBlame.set(`${located!.areaId}.${phase.id}`, disabledPath);
  });

  for (const area of areas) {
    for (const phase of area.phases) {
      if (phase.criteria.length === 0) {
        const blame = emptyPhaseBlame.get(`${area.id}.${phase.id}`) ?? path;
        problems.push(
          `${blame}: phase "${phase.id}" of area "${area.id}" would have no criteria`,
        );
      }
    }
  }

  problems.push(...selectorProblems(overrides.appliesTo, `${path}.appliesTo`));
  const appliesTo = overrides.appliesTo ?? base.appliesTo;

  if (problems.length > 0) {
    throw new InputError(problems.join('\n'));
  }
  return { ...(appliesTo && { appliesTo }), areas };
}

function copyArea(area: Area): Area {
  return {
    ...area,
    phases: area.phases.map(phase => ({
      ...phase,
      criteria: [...phase.criteria],
    })),
  };
}

function locateOverride(
  input: CriterionOverride,
  path: string,
  problems: string[],
): { id: string; areaId: string; phase: PhaseId } | undefined {
  if (!input.id.includes('.')) {
    if (!isValidSlug(input.id)) {
      problems.push(
        `${path}.id: "${input.id}" is not a valid criterion slug (lowercase words joined by "-")`,
      );
      return undefined;
    }
    if (!input.area || !input.phase) {
      problems.push(
        `${path}.id: "${input.id}" needs an area and a phase, either in the id ("<areaId>.<phase>.<slug>") or as area and phase`,
      );
      return undefined;
    }
    return {
      id: `${input.area}.${input.phase}.${input.id}`,
      areaId: input.area,
      phase: input.phase,
    };
  }
  const parsed = parseCriterionId(input.id);
  if (!parsed) {
    problems.push(
      `${path}.id: "${input.id}" is not a valid criterion id ("<areaId>.<phase>.<slug>")`,
    );
    return undefined;
  }
  if (input.area !== undefined && input.area !== parsed.areaId) {
    problems.push(
      `${path}.area: "${input.area}" does not match the id "${input.id}"`,
    );
    return undefined;
  }
  if (input.phase !== undefined && input.phase !== parsed.phase) {
    problems.push(
      `${path}.phase: "${input.phase}" does not match the id "${input.id}"`,
    );
    return undefined;
  }
  return { id: input.id, areaId: parsed.areaId, phase: parsed.phase };
}

function newCriterionProblems(input: CriterionInput, path: string): string[] {
  return [
    ...overrideProblems(input, path),
    ...evidenceRuleProblems(input.evidence, `${path}.evidence`),
    ...selectorProblems(input.appliesTo, `${path}.appliesTo`),
  ];
}

function overrideProblems(
  input: Pick<CriterionOverride, 'title' | 'description'>,
  path: string,
): string[] {
  return (['title', 'description'] as const)
    .filter(key => input[key] !== undefined && !input[key]!.trim())
    .map(key => `${path}.${key}: must not be empty`);
}

function applyOverride(
  criterion: Criterion,
  input: CriterionOverride,
): Criterion {
  return {
    ...criterion,
    ...(input.title !== undefined && { title: input.title }),
    ...(input.description !== undefined && {
      description: input.description,
    }),
    ...(input.guidance !== undefined && { guidance: input.guidance }),
    ...(input.evidence !== undefined && { evidence: input.evidence }),
    ...(input.appliesTo !== undefined && { appliesTo: input.appliesTo }),
  };
}
