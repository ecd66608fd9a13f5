import { Area } from '../types';
import {
  AUTOMATED_ROLLBACK_FILES,
  CANARY_FILES,
  CI_PIPELINE_FILES,
  GITOPS_DEPLOYMENT_FILES,
  RELEASE_SCRIPT_FILES,
} from './repositoryFiles';
import { DEFAULT_APPLIES_TO } from '../defaultSelectors';

const CI_CD_ANNOTATIONS = [
  'argocd/app-name',
  'jenkins.io/job-full-name',
  'circleci.com/project-slug',
];

/** Releasing, from the model document. */
export const releasingArea: Area = {
  id: 'releasing',
  title: 'Releasing',
  description:
    'How changes get to production: from one-off release scripts, through robust CI/CD, to canary releases.',
  phases: [
    {
      id: 'crawl',
      summary:
        'Releases are made with one-off release scripts: repeatable steps rather than manual work, from code kept in version control.',
      criteria: [
        {
          id: 'releasing.crawl.release-scripts',
          title: 'Release scripts',
          description:
            'Releases are made with release scripts, even if they are one-off scripts, rather than by hand.',
          guidance:
            'Capture the release steps in a script kept next to the code, and use it for every release.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.built,
          evidence: { files: RELEASE_SCRIPT_FILES },
        },
        {
          id: 'releasing.crawl.version-control',
          title: 'Code and configuration in version control',
          description:
            'The code, configuration and release scripts of the service are kept in version control.',
          guidance:
            'Move configuration and scripts into the service repository (or a dedicated one) and make changes only through it.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.versioned,
          evidence: {
            annotations: ['github.com/project-slug', 'gitlab.com/project-slug'],
          },
        },
        {
          id: 'releasing.crawl.rollback-procedure',
          title: 'Known rollback procedure',
          description:
            'A release can be rolled back to the previous version with a known, written-down procedure.',
          guidance:
            'Write down how to roll back, keep previous artefacts available, and try a rollback at least once.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'walk',
      summary:
        'Robust CI/CD practices: every change is built, tested and deployed through an automated pipeline.',
      criteria: [
        {
          id: 'releasing.walk.robust-ci-cd',
          title: 'Robust CI/CD practices',
          description:
            'The service follows robust CI/CD practices: every change goes through a continuous integration and delivery pipeline.',
          guidance:
            'Build every change in CI, produce one versioned artefact, and promote that same artefact through the environments.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.built,
          evidence: {
            annotations: CI_CD_ANNOTATIONS,
            files: CI_PIPELINE_FILES,
          },
        },
        {
          id: 'releasing.walk.automated-tests-gate',
          title: 'Automated tests gate releases',
          description:
            'The pipeline runs automated tests and stops a release when they fail.',
          guidance:
            'Run unit, integration and smoke tests in the pipeline and make passing them a condition for deployment.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.built,
        },
        {
          id: 'releasing.walk.automated-deployments',
          title: 'Automated deployments',
          description:
            'Deployments to production are done by the pipeline or a GitOps controller, without manual steps.',
          guidance:
            'Let a pipeline or GitOps tool (for example Argo CD) apply releases, and remove manual access for deployments.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: {
            annotations: ['argocd/app-name'],
            files: GITOPS_DEPLOYMENT_FILES,
          },
        },
        {
          id: 'releasing.walk.delivery-metrics',
          title: 'Delivery metrics tracked',
          description:
            'Deployment frequency, lead time for changes, change failure rate and time to restore are tracked.',
          guidance:
            'Derive the four metrics from the pipeline and incident records, and review them with the team regularly.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
    {
      id: 'run',
      summary:
        'Canary releases: changes roll out progressively, starting with a small share of traffic, and are checked before they reach everyone.',
      criteria: [
        {
          id: 'releasing.run.canary-releases',
          title: 'Canary releases',
          description:
            'Releases go to a small share of traffic or users first (a canary) before rolling out to everyone.',
          guidance:
            'Use your deployment tooling or service mesh to route a small share of traffic to the new version, and compare it with the old one before continuing.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: { files: CANARY_FILES },
        },
        {
          id: 'releasing.run.automated-rollback',
          title: 'Automated analysis and rollback',
          description:
            'Rollouts are analysed automatically against SLIs and health signals, and a bad release is rolled back without human action.',
          guidance:
            'Add automated canary analysis on error rate and latency to the rollout, with automatic rollback when it fails.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
          evidence: { files: AUTOMATED_ROLLBACK_FILES },
        },
        {
          id: 'releasing.run.feature-flags',
          title: 'Deploy decoupled from release',
          description:
            'Feature flags decouple deploying code from releasing features, so that features can be enabled gradually and switched off quickly.',
          guidance:
            'Introduce a feature flag service, put risky features behind flags, and clean up flags once features are fully released.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
        {
          id: 'releasing.run.error-budget-gates-releases',
          title: 'Error budget governs releases',
          description:
            'The error budget policy is enforced on releases: when the budget is spent, risky releases slow down or stop until reliability is restored.',
          guidance:
            'Check the remaining error budget in the pipeline, and block or require approval for non-urgent releases when it is exhausted.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.operated,
        },
      ],
    },
  ],
};
