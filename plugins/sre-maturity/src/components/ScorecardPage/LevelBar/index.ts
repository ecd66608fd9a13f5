export { LevelBar } from './LevelBar';
