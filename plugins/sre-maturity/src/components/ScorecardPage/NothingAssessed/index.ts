export { NothingAssessed } from './NothingAssessed';
