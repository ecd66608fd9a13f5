import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { spec } from '../schema/openapi';

// Checks responses in tests against the OpenAPI spec, so that the spec the
// frontend is built against cannot drift from what the routes return.

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: 'spec', components: spec.components });

type Spec = typeof spec;
type Path = keyof Spec['paths'];

function operationOf(path: Path, method: string): any {
  const operation = (spec.paths[path] as Record<string, unknown>)[method];
  if (!operation) {
    throw new Error(`No operation ${method.toUpperCase()} ${String(path)}`);
  }
  return operation;
}

function resolveResponse(response: any): any {
  if (response?.$ref) {
    const name = String(response.$ref).split('/').pop()!;
    return (spec.components.responses as Record<string, unknown>)[name];
  }
  return response;
}

/** Fails unless the spec documents the status and the body matches it. */
export function expectValidResponse(
  res: { status: number; body: unknown },
  path: Path,
  method: 'get' | 'patch' | 'post' | 'put' | 'delete',
) {
  const response = resolveResponse(
    operationOf(path, method).responses[String(res.status)],
  );
  if (!response) {
    throw new Error(
      `${method.toUpperCase()} ${String(path)} does not document status ${
        res.status
      }`,
    );
  }
  const schema = response.content?.['application/json']?.schema;
  if (!schema) {
    return;
  }
  const validate = schema.$ref
    ? ajv.getSchema(`spec${schema.$ref}`)!
    : ajv.compile(schema);
  if (!validate(res.body)) {
    throw new Error(
      `${method.toUpperCase()} ${String(path)} ${res.status}: ${ajv.errorsText(
        validate.errors,
      )}\n${JSON.stringify(res.body, null, 2).slice(0, 2000)}`,
    );
  }
}
