/**
 * Node.js library for the sre-maturity plugin: the extension point through
 * which backend modules add evidence providers.
 *
 * @packageDocumentation
 */

export { sreMaturityEvidenceExtensionPoint } from './extensions';
export type {
  EvidenceProvider,
  EvidenceProviderCaching,
  EvidenceProviderOptions,
  EvidenceSource,
  SreMaturityEvidenceExtensionPoint,
} from './extensions';
