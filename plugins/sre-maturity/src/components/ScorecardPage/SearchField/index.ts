export { SEARCH_DEBOUNCE_MS, SearchField } from './SearchField';
