/**
 * Test utilities of the sre-maturity node library: a local, Gitea-compatible
 * git server that serves directories of files to Backstage's URL readers.
 *
 * @packageDocumentation
 */

export { createLocalGitServer } from './createLocalGitServer';
export type { LocalGitServer } from './createLocalGitServer';
export { localGitRequestHandler } from './localGitRequestHandler';
export type { LocalGitRepositoriesOptions } from './localGitRequestHandler';
