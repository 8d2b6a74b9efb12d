// The reference data lint rules read, gathered in one place: rules import it only from here.
import { RESPONSE_DEADLINES } from '../../reference/deadlines.ts';
import type { Jurisdiction } from '../../schema/common.ts';

export { findAdtechVendorByCookie, findAdtechVendorByScript } from '../../reference/adtech-vendors.ts';
export { legalMinimumAge } from '../../reference/children.ts';
export { euTransferNeedsSafeguard, isEea, ukTransferNeedsSafeguard } from '../../reference/countries.ts';
export { durationToDays } from '../../reference/deadlines.ts';
export { lookupCookie } from '../../reference/open-cookie-database.ts';
export { resolveCategory } from '../../taxonomy/resolve-category.ts';

/** The legal deadline for answering a rights request, as an ISO 8601 duration (GDPR Art. 12(3) etc.). */
export const legalDeadline = (jurisdiction: Jurisdiction): string => RESPONSE_DEADLINES[jurisdiction].respond;
