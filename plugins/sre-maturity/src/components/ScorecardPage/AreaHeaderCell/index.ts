export { AreaHeaderCell } from './AreaHeaderCell';
