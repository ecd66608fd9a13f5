export { PaymentsClient } from './PaymentsClient';
