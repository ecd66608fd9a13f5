import { defaultModel } from '@sre-maturity/backstage-plugin-common';
import { FileRuleMatcher, MAX_FILES_PER_RULE } from './fileRuleMatcher';

function file(path: string, text = '') {
  return { path, content: async () => Buffer.from(text) };
}

const matcher = new FileRuleMatcher(defaultModel);

async function matchesOf(path: string, text = '') {
  return (await matcher.match([file(path, text)])).map(
    m => `${m.criterionId}: ${m.label}`,
  );
}

describe('FileRuleMatcher with the default model', () => {
  it.each([
    [
      '.gitlab-ci.yml',
      'stages: [build]\n',
      'releasing.walk.robust-ci-cd: GitLab CI pipeline',
    ],
    [
      '.tekton/pipeline.yaml',
      'apiVersion: tekton.dev/v1\nkind: Pipeline\n',
      'releasing.walk.robust-ci-cd: Tekton pipeline',
    ],
    [
      'argocd/app.yaml',
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\n',
      'releasing.walk.automated-deployments: Argo CD application',
    ],
    [
      'clusters/prod/app.yaml',
      'kind: HelmRelease\napiVersion: helm.toolkit.fluxcd.io/v2\n',
      'releasing.walk.automated-deployments: Flux deployment',
    ],
    [
      'renovate.json',
      '{}',
      'security.crawl.ad-hoc-security-assessments: Renovate configuration',
    ],
    [
      '.github/workflows/codeql.yml',
      'steps:\n  - uses: github/codeql-action/analyze@v3\n',
      'security.walk.source-scanning-in-ci: CodeQL scanning workflow',
    ],
    [
      'sonar-project.properties',
      'sonar.projectKey=x\n',
      'security.walk.source-scanning-in-ci: SonarQube project',
    ],
    [
      'docs/postmortems/2024-03-01-outage.md',
      '# Outage\n',
      'on-call.crawl.rca-library: Post-mortem',
    ],
    [
      'slos/sloth.yml',
      'version: "prometheus/v1"\nservice: "payments"\nslos: []\n',
      'observability.crawl.first-slo: Sloth SLO definition',
    ],
    [
      'deploy/slo.yaml',
      'apiVersion: pyrra.dev/v1alpha1\nkind: ServiceLevelObjective\n',
      'observability.crawl.first-slo: Pyrra SLO',
    ],
    [
      'monitoring/rules.yaml',
      'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\n',
      'observability.crawl.service-metrics: PrometheusRule',
    ],
    [
      'alerts.yml',
      'groups:\n  - name: api\n    rules:\n      - alert: HighErrorRate\n',
      'observability.crawl.service-metrics: Prometheus rules',
    ],
    [
      'grafana/dashboards/api.json',
      '{"title": "API", "panels": []}',
      'observability.walk.dashboards-and-logging: Grafana dashboard',
    ],
    [
      'deploy/canary.yaml',
      'apiVersion: flagger.app/v1beta1\nkind: Canary\n',
      'releasing.run.canary-releases: Flagger canary',
    ],
    [
      'chaos/pod-kill.yaml',
      'apiVersion: chaos-mesh.org/v1alpha1\nkind: PodChaos\n',
      'failures.crawl.failure-modes-understood: Chaos Mesh experiment',
    ],
    [
      'chaos/nightly.yaml',
      'apiVersion: litmuschaos.io/v1alpha1\nkind: ChaosSchedule\n',
      'failures.run.continuous-chaos: LitmusChaos schedule',
    ],
    [
      'Makefile',
      'build:\n\tgo build\nrelease:\n\tgoreleaser\n',
      'releasing.crawl.release-scripts: Makefile release target',
    ],
    ['Docs/RUNBOOKS/db.md', '', 'on-call.walk.runbooks: Runbook'],
  ])('counts %s', async (path, text, expected) => {
    expect(await matchesOf(path, text)).toContain(expected);
  });

  it.each([
    [
      'a Deployment',
      'deploy/app.yaml',
      'apiVersion: apps/v1\nkind: Deployment\n',
    ],
    [
      'a Rollout mentioned in a comment',
      'notes.yaml',
      '# TODO: kind: Rollout one day\n',
    ],
    [
      'a Makefile without a release target',
      'Makefile',
      'build:\n\tgo build\n# release: later\n',
    ],
    ['a JSON file outside dashboards', 'package.json', '{"panels": []}'],
    [
      'a GitHub workflow outside .github/workflows',
      'docs/ci.yml',
      'on: push\n',
    ],
  ])('does not count %s', async (_case, path, text) => {
    expect(await matchesOf(path, text)).toEqual([]);
  });

  it('counts a file once per criterion, under its first rule', async () => {
    const rule =
      'apiVersion: monitoring.coreos.com/v1\nkind: PrometheusRule\nspec:\n  groups:\n    - name: x\n      rules:\n        - alert: Down\n';
    expect(await matchesOf('rules.yaml', rule)).toEqual([
      'observability.crawl.service-metrics: PrometheusRule',
    ]);
  });

  it(`lists at most ${MAX_FILES_PER_RULE} files of one rule, in path order`, async () => {
    const runbooks = Array.from({ length: 12 }, (_, i) =>
      file(`runbooks/${String(i).padStart(2, '0')}.md`),
    ).reverse();
    const matches = await matcher.match(runbooks);
    expect(matches.map(m => m.path)).toEqual(
      runbooks
        .map(f => f.path)
        .sort()
        .slice(0, MAX_FILES_PER_RULE),
    );
  });

  it('wants only files some rule could count, and no huge file for its content', () => {
    expect(matcher.wants('runbooks/a.md', 10)).toBe(true);
    expect(matcher.wants('src/index.ts', 10)).toBe(false);
    expect(matcher.wants('deploy/app.yaml', 10)).toBe(true);
    expect(matcher.wants('deploy/app.yaml', 5 * 1024 * 1024)).toBe(false);
  });
});
