import { Area } from '../types';
import {
  CODE_SCANNING_FILES,
  DEPENDENCY_UPDATE_FILES,
} from './repositoryFiles';
import { DEFAULT_APPLIES_TO } from '../defaultSelectors';

/** Security, from the model document. */
export const securityArea: Area = {
  id: 'security',
  title: 'Security',
  description:
    'Who can access production and how, how the service is checked for vulnerabilities, and how security policy is enforced.',
  phases: [
    {
      id: 'crawl',
      summary:
        'Production access is restricted to a tightly scoped set of trusted individuals, without granular authorisation policies yet, and the service gets ad-hoc security assessments, scans and pentests.',
      criteria: [
        {
          id: 'security.crawl.restricted-production-access',
          title: 'Production access restricted',
          description:
            'Production access is restricted to a tightly scoped set of individuals. There is no need for granular authorisation policies yet; the team trusts its members and assumes positive intent.',
          guidance:
            'List who has production access today, remove everyone who does not need it, and grant access through a group that is reviewed when people change roles.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.accessed,
        },
        {
          id: 'security.crawl.ad-hoc-security-assessments',
          title: 'Ad-hoc security assessments, scans and pentests',
          description:
            'The team does ad-hoc security assessments, scans and penetration tests of the service.',
          guidance:
            'Run a vulnerability scan and a threat review before major releases, and commission a pentest for internet-facing services.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.built,
          evidence: {
            files: [...DEPENDENCY_UPDATE_FILES, ...CODE_SCANNING_FILES],
          },
        },
        {
          id: 'security.crawl.secrets-managed',
          title: 'Secrets kept out of code',
          description:
            'Credentials and other secrets are kept in a secrets manager, not in source code or plain configuration.',
          guidance:
            'Move secrets into a secrets manager, inject them at runtime, and rotate any secret that was ever committed.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.built,
        },
      ],
    },
    {
      id: 'walk',
      summary:
        'Compliance frameworks bring access policies defined by management and enforced technically, audited and tiered access, background checks for privileged access, scanning shifted both left and right, and security impact assessments at design time.',
      criteria: [
        {
          id: 'security.walk.compliance-access-policies',
          title: 'Access policies defined and technically enforced',
          description:
            'Adopting compliance frameworks (SOC 2, ISO 27001, PCI-DSS, HIPAA / HITRUST, FedRAMP / NIST 800-53) requires access policies that are defined by management and enforced technically, and the team has them.',
          guidance:
            'Have management approve the access policy the applicable framework needs, and enforce it in the identity and access tooling rather than by convention.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.accessed,
        },
        {
          id: 'security.walk.audited-tiered-access',
          title: 'Audited, tiered access with permission escalation',
          description:
            'As the debugging experience matures, access becomes granular: access is audited, tiered, and higher permissions are obtained through escalation.',
          guidance:
            'Give day-to-day read-only access, require a time-limited, logged escalation for write access, and review the audit log regularly.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.accessed,
        },
        {
          id: 'security.walk.privileged-access-background-checks',
          title: 'Background checks for privileged access',
          description:
            'Individuals with privileged access to the environment have personnel background checks; the more individuals with privileged access, the more checks have to be run.',
          guidance:
            'Keep the privileged group small, and make a completed background check a condition for joining it.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.accessed,
        },
        {
          id: 'security.walk.source-scanning-in-ci',
          title: 'Source scanning in CI (shift left)',
          description:
            'Source code is scanned in the CI system for vulnerabilities and insecure code, shifting security left.',
          guidance:
            'Add static analysis and dependency scanning (for example SonarQube or Snyk) to the pipeline and fail builds on new high-severity findings.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.built,
          evidence: {
            annotations: ['sonarqube.org/project-key', 'snyk.io/org-name'],
            files: CODE_SCANNING_FILES,
          },
        },
        {
          id: 'security.walk.production-scanning',
          title: 'Regular production scanning (shift right)',
          description:
            'What runs in production is scanned regularly, shifting security right.',
          guidance:
            'Scan running images, hosts and endpoints on a schedule, and route findings to the owning team with due dates by severity.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.accessed,
        },
        {
          id: 'security.walk.security-impact-assessments',
          title: 'Security impact assessments at design time',
          description:
            'Security impact assessments are done at the design phase of features and architecture decisions.',
          guidance:
            'Add a security section to design documents and architecture decision records, and have a security reviewer sign off on risky designs.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.designed,
        },
      ],
    },
    {
      id: 'run',
      summary:
        'Security policy is enforced automatically, across access, configuration, supply chain and compliance.',
      criteria: [
        {
          id: 'security.run.automated-policy-enforcement',
          title: 'Automated policy enforcement',
          description:
            'Security and compliance policies are enforced automatically, for example by policy-as-code in pipelines and admission control, rather than by manual review.',
          guidance:
            'Express policies as code (for example with Open Policy Agent or Kyverno), enforce them in CI and at deployment, and report violations to the owners.',
          source: 'seed',
          appliesTo: DEFAULT_APPLIES_TO.accessed,
        },
        {
          id: 'security.run.just-in-time-access',
          title: 'Just-in-time access, reviewed automatically',
          description:
            'Privileged access is granted just in time and expires automatically, and access is reviewed automatically.',
          guidance:
            'Replace standing privileged access with time-limited grants through an approval workflow, and automate periodic access reviews.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.accessed,
        },
        {
          id: 'security.run.continuous-compliance',
          title: 'Continuous compliance evidence',
          description:
            'Evidence for compliance controls is collected continuously and automatically rather than gathered by hand before audits.',
          guidance:
            'Collect control evidence (access reviews, scan results, change records) automatically into one place and monitor controls for drift.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.accessed,
        },
        {
          id: 'security.run.verified-supply-chain',
          title: 'Signed and verified build artefacts',
          description:
            'Build artefacts are signed with their provenance, and only verified artefacts are deployed.',
          guidance:
            'Sign images and record build provenance in the pipeline, and verify signatures at deployment time.',
          source: 'extended',
          appliesTo: DEFAULT_APPLIES_TO.built,
        },
      ],
    },
  ],
};
