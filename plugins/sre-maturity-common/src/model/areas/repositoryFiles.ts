import { FileEvidenceRule } from '../types';

// Files in a service's repository that show a practice, used as the default
// `evidence.files` of the criteria they prove. Globs are matched from the
// repository's root (dot files included, case-insensitive); `contains` is a
// case-insensitive regular expression on the file's content.

const YAML = '**/*.{yml,yaml}';

/**
 * A pattern matching a Kubernetes manifest of one of `kinds` in API group
 * `group`, with `apiVersion` and `kind` next to each other in either order
 * (as every manifest generator writes them).
 */
function manifestOf(group: string, kinds: string[]): string {
  const apiVersion = `apiVersion:\\s*['"]?${group.replace(/\./g, '\\.')}/\\S+`;
  const kind = `kind:\\s*['"]?(${kinds.join('|')})\\b`;
  return `${apiVersion}\\s+${kind}|${kind}['"]?\\s+${apiVersion}`;
}

/** CI pipelines: every change is built and tested by a pipeline. */
export const CI_PIPELINE_FILES: FileEvidenceRule[] = [
  {
    glob: '.github/workflows/*.{yml,yaml}',
    label: 'GitHub Actions workflow',
  },
  { glob: '.gitlab-ci.yml', label: 'GitLab CI pipeline' },
  { glob: '**/Jenkinsfile', label: 'Jenkins pipeline' },
  {
    glob: YAML,
    contains: manifestOf('tekton.dev', ['Pipeline', 'PipelineRun']),
    label: 'Tekton pipeline',
  },
  { glob: '.circleci/config.yml', label: 'CircleCI pipeline' },
  { glob: 'azure-pipelines.yml', label: 'Azure Pipelines pipeline' },
  { glob: 'bitbucket-pipelines.yml', label: 'Bitbucket pipeline' },
];

/** GitOps controllers that deploy without manual steps. */
export const GITOPS_DEPLOYMENT_FILES: FileEvidenceRule[] = [
  {
    glob: YAML,
    contains: manifestOf('argoproj.io', ['Application', 'ApplicationSet']),
    label: 'Argo CD application',
  },
  {
    glob: YAML,
    contains: manifestOf('(kustomize|helm).toolkit.fluxcd.io', [
      'Kustomization',
      'HelmRelease',
    ]),
    label: 'Flux deployment',
  },
];

/** Automated dependency updates, which also raise vulnerable dependencies. */
export const DEPENDENCY_UPDATE_FILES: FileEvidenceRule[] = [
  { glob: '.github/dependabot.{yml,yaml}', label: 'Dependabot configuration' },
  {
    glob: '{renovate.json,renovate.json5,.renovaterc,.renovaterc.json,.github/renovate.json,.github/renovate.json5}',
    label: 'Renovate configuration',
  },
];

/** Code and image scanners configured in the repository or its pipeline. */
export const CODE_SCANNING_FILES: FileEvidenceRule[] = [
  {
    glob: '.github/workflows/*.{yml,yaml}',
    contains: 'github/codeql-action',
    label: 'CodeQL scanning workflow',
  },
  { glob: '.github/codeql/**', label: 'CodeQL configuration' },
  { glob: '.snyk', label: 'Snyk policy' },
  {
    glob: '.github/workflows/*.{yml,yaml}',
    contains: 'snyk/actions',
    label: 'Snyk scanning workflow',
  },
  { glob: 'sonar-project.properties', label: 'SonarQube project' },
  {
    glob: '.github/workflows/*.{yml,yaml}',
    contains: 'aquasecurity/trivy-action',
    label: 'Trivy scanning workflow',
  },
  { glob: '{trivy.yaml,.trivyignore}', label: 'Trivy configuration' },
  {
    glob: '{.gitlab-ci.yml,**/Jenkinsfile}',
    contains: 'Security/SAST|codeql|snyk|sonar-scanner|trivy',
    label: 'Scanning step in the pipeline',
  },
];

/** Runbooks kept with the code. */
export const RUNBOOK_FILES: FileEvidenceRule[] = [
  { glob: '**/{runbook,runbooks}/**', label: 'Runbook' },
  { glob: '**/runbook*.md', label: 'Runbook' },
];

/** Post-mortems kept with the code: a library of root cause analyses. */
export const POSTMORTEM_FILES: FileEvidenceRule[] = [
  {
    glob: '**/{postmortem,postmortems,post-mortem,post-mortems}/**',
    label: 'Post-mortem',
  },
];

/** SLO definitions in the formats SLO tools read. */
export const SLO_FILES: FileEvidenceRule[] = [
  {
    glob: YAML,
    contains: 'apiVersion:\\s*[\'"]?openslo/',
    label: 'OpenSLO definition',
  },
  {
    glob: YAML,
    contains: `${manifestOf('sloth.slok.dev', [
      'PrometheusServiceLevel',
    ])}|version:\\s*['"]?prometheus/v1['"]?\\s+service:`,
    label: 'Sloth SLO definition',
  },
  {
    glob: YAML,
    contains: manifestOf('pyrra.dev', ['ServiceLevelObjective']),
    label: 'Pyrra SLO',
  },
];

/** Prometheus alerting and recording rules, and scrape configuration. */
export const METRICS_FILES: FileEvidenceRule[] = [
  {
    glob: YAML,
    contains: manifestOf('monitoring.coreos.com', ['PrometheusRule']),
    label: 'PrometheusRule',
  },
  {
    glob: YAML,
    contains: 'groups:\\s*\\n[\\s\\S]*-\\s*(alert|record):\\s',
    label: 'Prometheus rules',
  },
  {
    glob: YAML,
    contains: manifestOf('monitoring.coreos.com', [
      'ServiceMonitor',
      'PodMonitor',
    ]),
    label: 'Prometheus scrape configuration',
  },
];

/** Dashboards as code. */
export const DASHBOARD_FILES: FileEvidenceRule[] = [
  {
    glob: '**/dashboards/**/*.json',
    contains: '"panels"\\s*:',
    label: 'Grafana dashboard',
  },
  {
    glob: YAML,
    contains: manifestOf('(grafana.integreatly.org|integreatly.org)', [
      'GrafanaDashboard',
    ]),
    label: 'GrafanaDashboard',
  },
  {
    glob: '**/*.{jsonnet,libsonnet}',
    contains: 'grafonnet',
    label: 'Grafonnet dashboard',
  },
];

/** Progressive delivery: releases exposed step by step. */
export const CANARY_FILES: FileEvidenceRule[] = [
  {
    glob: YAML,
    contains: manifestOf('argoproj.io', ['Rollout']),
    label: 'Argo Rollout',
  },
  {
    glob: YAML,
    contains: manifestOf('flagger.app', ['Canary']),
    label: 'Flagger canary',
  },
];

/** Releases rolled back by analysis of their metrics, without a human. */
export const AUTOMATED_ROLLBACK_FILES: FileEvidenceRule[] = [
  {
    glob: YAML,
    contains: manifestOf('argoproj.io', [
      'AnalysisTemplate',
      'ClusterAnalysisTemplate',
    ]),
    label: 'Argo Rollouts analysis',
  },
  {
    glob: YAML,
    contains: manifestOf('flagger.app', ['Canary']),
    label: 'Flagger canary (rolls back on failed checks)',
  },
];

/** Chaos experiments: the team tests how the service reacts to failures. */
export const CHAOS_EXPERIMENT_FILES: FileEvidenceRule[] = [
  {
    glob: YAML,
    contains: manifestOf('litmuschaos.io', ['ChaosEngine', 'ChaosExperiment']),
    label: 'LitmusChaos experiment',
  },
  {
    glob: YAML,
    contains: manifestOf('chaos-mesh.org', ['\\w+Chaos', 'Workflow']),
    label: 'Chaos Mesh experiment',
  },
];

/** Chaos experiments that run on a schedule. */
export const SCHEDULED_CHAOS_FILES: FileEvidenceRule[] = [
  {
    glob: YAML,
    contains: manifestOf('litmuschaos.io', ['ChaosSchedule']),
    label: 'LitmusChaos schedule',
  },
  {
    glob: YAML,
    contains: manifestOf('chaos-mesh.org', ['Schedule']),
    label: 'Chaos Mesh schedule',
  },
];

/** Release scripts and release tooling configuration kept with the code. */
export const RELEASE_SCRIPT_FILES: FileEvidenceRule[] = [
  { glob: '{scripts,bin}/{release,deploy}*', label: 'Release script' },
  { glob: '.goreleaser.{yml,yaml}', label: 'GoReleaser configuration' },
  {
    glob: '{.releaserc,.releaserc.{json,yml,yaml,js},release.config.{js,cjs}}',
    label: 'semantic-release configuration',
  },
  {
    glob: 'Makefile',
    contains: '(^|\\n)(release|deploy)\\s*:',
    label: 'Makefile release target',
  },
];
