import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { buildModel } from '../model/buildModel';
import { defaultModel } from '../model/defaultModel';
import { MaturityModel } from '../model/types';
import { DEFAULT_STALE_AFTER_DAYS } from '../scoring/assessEntity';
import { readModelOverrides } from './readModelOverrides';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Entity kinds left out of assessments unless `sreMaturity.excludeKinds`
 * says otherwise: they describe people, structure or tooling rather than
 * something that runs.
 *
 * @public
 */
export const DEFAULT_EXCLUDE_KINDS: readonly string[] = [
  'User',
  'Group',
  'Location',
  'Template',
  'Domain',
];

/** @public */
export interface SreMaturityConfig {
  /** The default model with `sreMaturity.model` applied. */
  model: MaturityModel;
  /** From `sreMaturity.staleAfter`; 180 by default. May be fractional. */
  staleAfterDays: number;
  /** From `sreMaturity.excludeKinds`. */
  excludeKinds: string[];
}

/**
 * Reads the plugin's configuration under `sreMaturity`. Throws an
 * InputError naming the offending key when it is invalid, so that a
 * backend refuses to start with a broken model.
 *
 * @public
 */
export function readSreMaturityConfig(config: Config): SreMaturityConfig {
  try {
    const modelConfig = config.getOptionalConfig('sreMaturity.model');
    return {
      model: modelConfig
        ? buildModel(
            defaultModel,
            readModelOverrides(modelConfig, 'sreMaturity.model'),
          )
        : defaultModel,
      staleAfterDays: readStaleAfterDays(config),
      excludeKinds: config.getOptionalStringArray(
        'sreMaturity.excludeKinds',
      ) ?? [...DEFAULT_EXCLUDE_KINDS],
    };
  } catch (error) {
    if (InputError.is(error)) {
      throw error;
    }
    // Config reader errors name the key already; keep one error type.
    throw new InputError((error as Error).message, error);
  }
}

function readStaleAfterDays(config: Config): number {
  const key = 'sreMaturity.staleAfter';
  if (!config.has(key)) {
    return DEFAULT_STALE_AFTER_DAYS;
  }
  const days =
    durationToMilliseconds(readDurationFromConfig(config, { key })) / DAY_MS;
  if (!(days > 0)) {
    throw new InputError(`${key}: must be longer than zero`);
  }
  return days;
}
