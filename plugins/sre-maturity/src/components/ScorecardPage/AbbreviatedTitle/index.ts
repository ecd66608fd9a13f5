export { AbbreviatedTitle } from './AbbreviatedTitle';
