export { ExemptTable } from './ExemptTable';
