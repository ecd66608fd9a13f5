export { sreMaturityPlugin as default } from './plugin';
