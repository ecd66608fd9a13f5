export { SortableHeaderCell } from './SortableHeaderCell';
