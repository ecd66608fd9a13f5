export { PhaseCell } from './PhaseCell';
