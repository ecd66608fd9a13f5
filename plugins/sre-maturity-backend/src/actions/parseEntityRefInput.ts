import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { Zod } from './types';

/** The input field naming one entity. */
export const entityRefInput = (z: Zod) =>
  z
    .string()
    .describe(
      'The entity ref, kind:namespace/name, e.g. "component:default/payments"; the namespace may be left out when it is "default".',
    );

/**
 * The parts of an entity ref given to an action. The assessment service
 * checks each part against the catalog's rules.
 */
export function parseEntityRefInput(text: string): CompoundEntityRef {
  try {
    return parseEntityRef(text, { defaultNamespace: 'default' });
  } catch {
    throw new InputError(
      `Invalid entityRef "${text}": expected kind:namespace/name`,
    );
  }
}
