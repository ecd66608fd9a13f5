import { spec } from '../schema/openapi';
import { Random } from './random';

// Requests for a fuzz test of the API, generated from the OpenAPI spec with
// a seeded source: every route and method, with valid values, malformed
// ones and values of the wrong type in paths, queries and bodies.

export interface FuzzRequest {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'OPTIONS';
  /** Below the plugin's base path, with the query; already URL-encoded. */
  path: string;
  /** A JSON value, or raw text to send as it is. */
  body?: { json: unknown } | { text: string; contentType: string };
}

type Schema = {
  type?: string | readonly string[];
  enum?: readonly unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  $ref?: string;
};

type Parameter = {
  name: string;
  in: 'path' | 'query';
  schema: Schema;
};

const METHODS: FuzzRequest['method'][] = [
  'GET',
  'HEAD',
  'POST',
  'PUT',
  'PATCH',
  'DELETE',
  'OPTIONS',
];

/** Malformed text, URL-encoded where it would not be valid in a URL. */
const NASTY = [
  '',
  ' ',
  '%20',
  '%00',
  'a%00b',
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '..%2F..',
  '%2F',
  '%5C',
  '%',
  '%E0%A4%A',
  '%C3%28',
  '%ED%A0%80',
  '%F0%9F%98%80',
  '%C3%BCber',
  '%E2%80%AE',
  '%EF%BB%BF',
  '-1',
  '0',
  '1.5',
  '1e309',
  'NaN',
  'Infinity',
  '0x10',
  '2147483648',
  '9223372036854775808',
  '18446744073709551616',
  '-9223372036854775809',
  'true',
  'null',
  '%5B%5D',
  '%7B%7D',
  'x'.repeat(300),
  '%3Cscript%3E',
  "'%20OR%201%3D1%20--",
  '%22',
  '*',
  '%25',
  '%3B',
  '%0A',
];

/** Text for JSON bodies: valid-looking, malformed, huge and NUL-bearing. */
const NASTY_TEXT = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '..',
  '../../etc',
  'über 😀',
  '\ud800',
  '\u202e',
  'x'.repeat(10_000),
  "' OR 1=1 --",
  '=HYPERLINK("http://x")',
  'https://example.com/\u0000',
  'data:text/html,<b>x</b>',
  '2999-01-01',
  '2025-02-30',
  '0000-00-00',
];

const NASTY_JSON: unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 63,
  1e20,
  1e308,
  [],
  {},
  ['met'],
  { $ne: null },
];

/** Values the test catalog and model know, so that some requests get far. */
const KNOWN_TEXT = [
  'team-a',
  'group:default/team-a',
  'pay',
  'system:default/pay',
  'Component',
  'service',
  'production',
  'java',
  'alpha',
  'score',
  'name',
  'pay',
];

const KNOWN_PATH = {
  kind: ['component', 'Component', 'group'],
  namespace: ['default', 'Default'],
  name: ['payments', 'web', 'hidden', 'unknown'],
  id: ['walk-on-call', 'unknown'],
};

/** Entities and criteria for valid-looking updates. */
const CRITERIA = ['alpha.crawl.paged', 'beta.run.chaos', 'alpha.walk.measured'];

function resolve<T>(value: T | { $ref: string }): T {
  const ref = (value as { $ref?: string }).$ref;
  if (!ref) {
    return value as T;
  }
  const [, , section, name] = ref.split('/');
  return (spec.components as unknown as Record<string, Record<string, T>>)[
    section
  ][name];
}

function validValue(random: Random, schema: Schema): string[] {
  const resolved = resolve<Schema>(schema);
  if (resolved.enum) {
    return [String(random.pick(resolved.enum))];
  }
  if (resolved.type === 'array' && resolved.items) {
    return Array.from({ length: 1 + random.int(3) }, () =>
      validValue(random, resolved.items!),
    ).flat();
  }
  if (resolved.type === 'integer') {
    const min = resolved.minimum ?? 0;
    const max = Math.min(resolved.maximum ?? 1000, min + 1000);
    return [String(min + random.int(max - min + 1))];
  }
  if (resolved.type === 'boolean') {
    return [random.pick(['true', 'false'])];
  }
  if (resolved.format === 'date') {
    const day = new Date(Date.now() - random.int(800) * 86_400_000);
    return [day.toISOString().slice(0, 10)];
  }
  return [encodeURIComponent(random.pick(KNOWN_TEXT))];
}

function queryValues(random: Random, parameter: Parameter): string[] {
  const roll = random.next();
  if (roll < 0.5) {
    return validValue(random, parameter.schema);
  }
  if (roll < 0.9) {
    return [random.pick(NASTY)];
  }
  return [random.pick(NASTY), ...validValue(random, parameter.schema)];
}

function queryOf(random: Random, parameters: Parameter[]): string {
  const pairs: string[] = [];
  for (const parameter of parameters) {
    if (parameter.in !== 'query' || random.chance(0.6)) {
      continue;
    }
    const key = random.chance(0.9)
      ? parameter.name
      : random.pick([
          `${parameter.name}[]`,
          `${parameter.name}[a]`,
          `${parameter.name}[0][1]`,
        ]);
    for (const value of queryValues(random, parameter)) {
      pairs.push(`${key}=${value}`);
    }
  }
  if (random.chance(0.1)) {
    pairs.push(
      `${random.pick([
        'unknown',
        'fingerprint',
        '%00',
        '__proto__',
      ])}=${random.pick(NASTY)}`,
    );
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

function pathOf(random: Random, template: string): string {
  let path = template.replace(
    /\{(\w+)\}/g,
    (_, name: keyof typeof KNOWN_PATH) =>
      random.chance(0.7)
        ? encodeURIComponent(random.pick(KNOWN_PATH[name]))
        : random.pick(NASTY),
  );
  if (random.chance(0.05)) {
    path += random.pick(['/..', '/../..', '/%2e%2e', '/', '/x', '%00', ';x']);
  }
  return path;
}

function textOrNasty(random: Random): unknown {
  if (random.chance(0.7)) {
    return random.pick(NASTY_TEXT);
  }
  return random.pick(NASTY_JSON);
}

function answerOf(random: Random): unknown {
  if (random.chance(0.1)) {
    return random.pick(NASTY_JSON);
  }
  const answer: Record<string, unknown> = {
    criterionId: random.chance(0.7)
      ? random.pick(CRITERIA)
      : textOrNasty(random),
    status: random.chance(0.7)
      ? random.pick(['met', 'not-met', 'not-applicable', 'unanswered'])
      : random.pick([...NASTY_TEXT.slice(0, 6), ...NASTY_JSON]),
  };
  for (const field of ['note', 'evidenceUrl', 'reason', 'expiresAt', 'extra']) {
    if (random.chance(0.3)) {
      answer[field] = textOrNasty(random);
    }
  }
  if (random.chance(0.1)) {
    delete answer[random.pick(['criterionId', 'status'])];
  }
  return answer;
}

/**
 * An update body. Its revision is never one an entity of the test has, so
 * that even a valid update is refused as stale and nothing is written.
 */
function updateBodyOf(random: Random): FuzzRequest['body'] {
  const roll = random.next();
  if (roll < 0.05) {
    return {
      text: random.pick([
        '{"revision":',
        'not json',
        '[',
        '{"a":1}}',
        '\u0000',
      ]),
      contentType: 'application/json',
    };
  }
  if (roll < 0.1) {
    return { text: 'revision=1', contentType: 'text/plain' };
  }
  if (roll < 0.15) {
    return { json: random.pick(NASTY_JSON) };
  }
  const body: Record<string, unknown> = {
    revision: random.chance(0.6)
      ? random.pick([12345, 2 ** 31 - 1])
      : random.pick([...NASTY_JSON, '0', '1', -1]),
    answers: random.chance(0.9)
      ? Array.from({ length: random.chance(0.02) ? 501 : random.int(4) }, () =>
          answerOf(random),
        )
      : random.pick(NASTY_JSON),
  };
  if (random.chance(0.1)) {
    delete body[random.pick(['revision', 'answers'])];
  }
  if (random.chance(0.05)) {
    body.extra = textOrNasty(random);
  }
  return { json: body };
}

/** Paths outside the spec, and spec paths spelled differently. */
const STRAY_PATHS = [
  '/',
  '/scorecard/',
  '//scorecard',
  '/SCORECARD',
  '/scorecard/..',
  '/scorecard/%2e%2e/model',
  '/%2e%2e/health',
  '/scorecard;a=b',
  '/scorecard%00',
  '/assessments',
  '/assessments/component',
  '/assessments/component/default',
  '/assessments/component/default/payments/history/x',
  '/openapi.json',
  '/sync/..',
];

/** `count` requests over every operation of the spec, the same for a seed. */
export function fuzzRequests(seed: number, count: number): FuzzRequest[] {
  const random = new Random(seed);
  const operations = Object.entries(spec.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      template,
      method: method.toUpperCase() as FuzzRequest['method'],
      parameters: (
        (operation as { parameters?: unknown[] }).parameters ?? []
      ).map(parameter => resolve<Parameter>(parameter as Parameter)),
    })),
  );
  return Array.from({ length: count }, (_, index) => {
    if (random.chance(0.03)) {
      return { method: random.pick(METHODS), path: random.pick(STRAY_PATHS) };
    }
    // Every operation in turn, so that each gets its share.
    const operation = operations[index % operations.length];
    const method = random.chance(0.8) ? operation.method : random.pick(METHODS);
    const request: FuzzRequest = {
      method,
      path:
        pathOf(random, operation.template) +
        queryOf(random, operation.parameters),
    };
    if (
      method === 'PATCH' ||
      (method !== 'GET' && method !== 'HEAD' && random.chance(0.3))
    ) {
      request.body = updateBodyOf(random);
    }
    return request;
  });
}
