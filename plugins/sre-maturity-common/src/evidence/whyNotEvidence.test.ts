import { whyNotEvidence } from './whyNotEvidence';

const PLACEHOLDER = 'it is a placeholder, to be replaced with the real value';

describe('whyNotEvidence', () => {
  it.each(['', '   ', '\n\t'])('refuses the empty value %j', value => {
    expect(whyNotEvidence(value)).toBe('it is empty');
  });

  it.each([
    'YOUR_PROJECT_SLUG',
    'acme/YOUR_REPO',
    'https://sentry.io/organizations/MY_ORG/projects/',
    '<value>',
    '<your SLO dashboard URL>',
    'https://grafana.acme.internal/d/<dashboard-id>',
    '${SERVICE_ID}',
    '${{ values.name }}',
    '{{ cookiecutter.project_slug }}',
    'TODO',
    'todo',
    'TODO: add the runbook',
    'https://wiki.acme.internal/TODO',
    'TBD',
    'tbd',
    'FIXME',
    'changeme',
    'CHANGEME',
    'change-me',
    'xxx',
    'XXXX',
    'https://grafana.acme.internal/d/xxxxx',
    '...',
    'https://wiki.acme.internal/.../runbook',
    '…',
  ])('refuses the placeholder %j', value => {
    expect(whyNotEvidence(value)).toBe(PLACEHOLDER);
  });

  it.each(['none', 'N/A', 'null'])(
    'refuses %j, which says there is none',
    value => {
      expect(whyNotEvidence(value)).toBe(`"${value}" says there is none`);
    },
  );

  it.each([
    ['https://example.com', 'example.com'],
    ['https://example.com/runbook', 'example.com'],
    ['http://EXAMPLE.ORG/slo', 'EXAMPLE.ORG'],
    ['https://example.net:8443/d/1', 'example.net'],
    ['https://wiki.example.com/payments/escalation', 'wiki.example.com'],
    ['https://a.b.example.org./x', 'a.b.example.org.'],
    ['https://user@grafana.example.net/d/1', 'grafana.example.net'],
    ['url:https://git.example.com/acme/payments/tree/main', 'git.example.com'],
    ['mailto:payments@example.com', 'example.com'],
    ['oncall@team.example.org', 'team.example.org'],
    ['slo.example.com/services/payments', 'slo.example.com'],
    ['See https://wiki.example.com/sre for details', 'wiki.example.com'],
    ['https://docs.acme.example/runbook', 'docs.acme.example'],
    ['https://runbooks.invalid/payments', 'runbooks.invalid'],
  ])('refuses %j, a link to an example domain', (value, host) => {
    expect(whyNotEvidence(value)).toBe(
      `it points to ${host}, a domain reserved for examples`,
    );
  });

  it.each([
    'https://example.com.evil.io/runbook',
    'https://notexample.com/runbook',
    'https://my-example.com/slo',
    'https://grafana.acme.internal/d/payments',
    'https://github.com/acme/payments/blob/main/.env.example',
    'https://github.com/acme/todo-app/tree/main/runbooks',
    'https://wiki.acme.internal/Payments_Runbook',
    'url:https://github.com/acme/payments/tree/main',
    'P7XK2QZ',
    'OPS',
    'acme:payments',
    'payments-oncall',
    "tags @> 'payments'",
    'up{job="payments"} == 0',
    'dir:.',
    'Deprecated, shut down in Q3',
  ])('accepts %j', value => {
    expect(whyNotEvidence(value)).toBeUndefined();
  });
});
