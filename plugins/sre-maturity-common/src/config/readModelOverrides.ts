import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  AreaInput,
  CriterionInput,
  CriterionOverride,
  ModelOverrides,
  PhaseInput,
} from '../model/buildModel';
import {
  EntitySelector,
  EVIDENCE_RELATIONS,
  EvidenceRelation,
  EvidenceRule,
  FileEvidenceRule,
  PHASES,
  PhaseId,
} from '../model/types';

/**
 * Reads `sreMaturity.model` (found at `path`) into model overrides. Type
 * errors name the key through the config reader; unknown keys and bad
 * phases throw an InputError naming the key, so that typos do not pass
 * silently.
 */
export function readModelOverrides(
  config: Config,
  path: string,
): ModelOverrides {
  rejectUnknownKeys(config, path, [
    'replace',
    'appliesTo',
    'areas',
    'criteria',
    'disabled',
  ]);
  return {
    replace: config.getOptionalBoolean('replace'),
    appliesTo: readAppliesTo(config, path),
    areas: config
      .getOptionalConfigArray('areas')
      ?.map((area, i) => readArea(area, `${path}.areas[${i}]`)),
    criteria: config
      .getOptionalConfigArray('criteria')
      ?.map((criterion, i) =>
        readCriterionOverride(criterion, `${path}.criteria[${i}]`),
      ),
    disabled: config.getOptionalStringArray('disabled'),
  };
}

function readArea(config: Config, path: string): AreaInput {
  rejectUnknownKeys(config, path, ['id', 'title', 'description', 'phases']);
  const phases = config.getConfig('phases');
  rejectUnknownKeys(phases, `${path}.phases`, PHASES);
  return {
    id: config.getString('id'),
    title: config.getString('title'),
    description: config.getOptionalString('description'),
    phases: Object.fromEntries(
      PHASES.map(phase => [
        phase,
        readPhase(phases.getConfig(phase), `${path}.phases.${phase}`),
      ]),
    ) as Record<PhaseId, PhaseInput>,
  };
}

function readPhase(config: Config, path: string): PhaseInput {
  rejectUnknownKeys(config, path, ['summary', 'criteria']);
  return {
    summary: config.getString('summary'),
    criteria: config
      .getOptionalConfigArray('criteria')
      ?.map((criterion, i) =>
        readCriterionInput(criterion, `${path}.criteria[${i}]`),
      ),
  };
}

function readCriterionInput(config: Config, path: string): CriterionInput {
  rejectUnknownKeys(config, path, [
    'id',
    'title',
    'description',
    'guidance',
    'evidence',
    'appliesTo',
  ]);
  return {
    id: config.getString('id'),
    title: config.getString('title'),
    description: config.getString('description'),
    guidance: config.getOptionalString('guidance'),
    evidence: readEvidence(config, path),
    appliesTo: readAppliesTo(config, path),
  };
}

function readCriterionOverride(
  config: Config,
  path: string,
): CriterionOverride {
  rejectUnknownKeys(config, path, [
    'id',
    'area',
    'phase',
    'title',
    'description',
    'guidance',
    'evidence',
    'appliesTo',
  ]);
  const phase = config.getOptionalString('phase');
  if (phase !== undefined && !(PHASES as readonly string[]).includes(phase)) {
    throw new InputError(
      `${path}.phase: "${phase}" is not a phase (expected ${PHASES.join(
        ', ',
      )})`,
    );
  }
  return {
    id: config.getString('id'),
    area: config.getOptionalString('area'),
    phase: phase as PhaseId | undefined,
    title: config.getOptionalString('title'),
    description: config.getOptionalString('description'),
    guidance: config.getOptionalString('guidance'),
    evidence: readEvidence(config, path),
    appliesTo: readAppliesTo(config, path),
  };
}

function readEvidence(config: Config, path: string): EvidenceRule | undefined {
  const evidence = config.getOptionalConfig('evidence');
  if (!evidence) {
    return undefined;
  }
  rejectUnknownKeys(evidence, `${path}.evidence`, [
    'annotations',
    'linkTypes',
    'techDocs',
    'relations',
    'files',
  ]);
  return {
    annotations: evidence.getOptionalStringArray('annotations'),
    linkTypes: evidence.getOptionalStringArray('linkTypes'),
    techDocs: evidence.getOptionalBoolean('techDocs'),
    relations: evidence
      .getOptionalStringArray('relations')
      ?.map((relation, i) =>
        readRelation(relation, `${path}.evidence.relations[${i}]`),
      ),
    files: evidence
      .getOptionalConfigArray('files')
      ?.map((file, i) => readFileRule(file, `${path}.evidence.files[${i}]`)),
  };
}

function readFileRule(config: Config, path: string): FileEvidenceRule {
  rejectUnknownKeys(config, path, ['glob', 'contains', 'label']);
  return {
    glob: config.getString('glob'),
    contains: config.getOptionalString('contains'),
    label: config.getString('label'),
  };
}

function readRelation(relation: string, path: string): EvidenceRelation {
  if (!(EVIDENCE_RELATIONS as readonly string[]).includes(relation)) {
    throw new InputError(
      `${path}: "${relation}" is not a relation (expected ${EVIDENCE_RELATIONS.join(
        ', ',
      )})`,
    );
  }
  return relation as EvidenceRelation;
}

const SELECTOR_KEYS = [
  'kinds',
  'types',
  'exceptTypes',
  'lifecycles',
  'tiers',
] as const;

/** `appliesTo` under `path`: a list of selectors, each of string lists. */
function readAppliesTo(
  config: Config,
  path: string,
): EntitySelector[] | undefined {
  return config.getOptionalConfigArray('appliesTo')?.map((selector, i) => {
    rejectUnknownKeys(selector, `${path}.appliesTo[${i}]`, SELECTOR_KEYS);
    return Object.fromEntries(
      SELECTOR_KEYS.flatMap(key => {
        const values = selector.getOptionalStringArray(key);
        return values ? [[key, values]] : [];
      }),
    ) as EntitySelector;
  });
}

function rejectUnknownKeys(
  config: Config,
  path: string,
  known: readonly string[],
) {
  const unknown = config.keys().find(key => !known.includes(key));
  if (unknown !== undefined) {
    throw new InputError(
      `${path}.${unknown}: unknown key (expected one of ${known.join(', ')})`,
    );
  }
}
