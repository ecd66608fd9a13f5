export { CatalogRefLink } from './CatalogRefLink';
