import { CompoundEntityRef, makeValidator } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

// The catalog's default rules for the parts of an entity ref. The catalog
// client puts the parts into its request path as they are, so a part such
// as `..` would reach another catalog endpoint: refs from a URL are checked
// before any catalog call.
const validators = makeValidator();

const rules: Array<{
  part: keyof CompoundEntityRef;
  isValid: (value: string) => boolean;
  expected: string;
}> = [
  {
    part: 'kind',
    isValid: validators.isValidKind,
    expected: 'letters and digits, starting with a letter, at most 63',
  },
  {
    // Refs match the catalog case-insensitively; namespaces are lower case.
    part: 'namespace',
    isValid: value =>
      validators.isValidNamespace(
        value.replace(/[A-Z]/g, letter => letter.toLowerCase()),
      ),
    expected: "letters, digits and inner '-', at most 63",
  },
  {
    part: 'name',
    isValid: validators.isValidEntityName,
    expected:
      "letters, digits and inner '-', '_' or '.', starting and ending with a letter or digit, at most 63",
  },
];

/** The ref if each part follows the catalog's rules; an InputError naming the first part that does not. */
export function validEntityRef(ref: CompoundEntityRef): CompoundEntityRef {
  for (const { part, isValid, expected } of rules) {
    const value = ref[part];
    if (typeof value !== 'string' || !isValid(value)) {
      throw new InputError(
        `Invalid ${part} ${JSON.stringify(value)}: expected ${expected}`,
      );
    }
  }
  return { kind: ref.kind, namespace: ref.namespace, name: ref.name };
}
