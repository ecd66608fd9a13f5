/**
 * The SRE maturity backend plugin.
 *
 * @packageDocumentation
 */

export { sreMaturityPlugin as default } from './plugin';
