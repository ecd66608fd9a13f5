export { InvalidParamsNotice } from './InvalidParamsNotice';
