import { failuresArea } from './areas/failures';
import { observabilityArea } from './areas/observability';
import { onCallArea } from './areas/onCall';
import { peopleAndCultureArea } from './areas/peopleAndCulture';
import { releasingArea } from './areas/releasing';
import { roomToImproveArea } from './areas/roomToImprove';
import { securityArea } from './areas/security';
import { MaturityModel } from './types';

/**
 * The SRE maturity model as shipped: the seven areas of the model document,
 * in its order, with criteria from the document (`seed`) and from
 * established SRE practice where the document is a stub (`extended`).
 *
 * @public
 */
export const defaultModel: MaturityModel = {
  areas: [
    peopleAndCultureArea,
    observabilityArea,
    onCallArea,
    failuresArea,
    securityArea,
    roomToImproveArea,
    releasingArea,
  ],
};
