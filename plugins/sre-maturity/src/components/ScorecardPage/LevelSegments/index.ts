export { LevelSegments } from './LevelSegments';
