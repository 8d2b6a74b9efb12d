import type { LintRule } from '../rule.ts';
import { adtechCookieAsEssential } from './adtech-cookie-as-essential.ts';
import { analyticsCookieAsEssential } from './analytics-cookie-as-essential.ts';
import { automatedDecisionStanceInconsistent } from './automated-decision-stance-inconsistent.ts';
import { automatedDecisionWithoutReview } from './automated-decision-without-review.ts';
import { backupIsolationWithoutPurge } from './backup-isolation-without-purge.ts';
import { basisNotValidForRegime } from './basis-not-valid-for-regime.ts';
import { brokenDatasetReference } from './broken-dataset-reference.ts';
import { categoryWithoutRetention } from './category-without-retention.ts';
import { ccpaAuthorisedAgents } from './ccpa-authorised-agents.ts';
import { ccpaRequestMethods } from './ccpa-request-methods.ts';
import { childAgeBelowLegalMinimum } from './child-age-below-legal-minimum.ts';
import { childrenAgeNotDeclared } from './children-age-not-declared.ts';
import { consentExpiryTooLong } from './consent-expiry-too-long.ts';
import { consentWithoutCollection } from './consent-without-collection.ts';
import { cookieLifetimeTooLong } from './cookie-lifetime-too-long.ts';
import { cookieWithoutPurpose } from './cookie-without-purpose.ts';
import { criminalDataWithoutAuthority } from './criminal-data-without-authority.ts';
import { defaultLanguageNotListed } from './default-language-not-listed.ts';
import { directMarketingWithoutConsent } from './direct-marketing-without-consent.ts';
import { duplicateId } from './duplicate-id.ts';
import { fieldCategoryNotDeclared } from './field-category-not-declared.ts';
import { gpcNotHonoured } from './gpc-not-honoured.ts';
import { internalDeadlineTooLong } from './internal-deadline-too-long.ts';
import { invalidTransferMechanism } from './invalid-transfer-mechanism.ts';
import { keptFieldWithoutRetention } from './kept-field-without-retention.ts';
import { legalObligationWithoutReference } from './legal-obligation-without-reference.ts';
import { legitimateInterestWithoutBalancing } from './legitimate-interest-without-balancing.ts';
import { missingCcpaRights } from './missing-ccpa-rights.ts';
import { missingComplaintAuthority } from './missing-complaint-authority.ts';
import { missingEuRepresentative } from './missing-eu-representative.ts';
import { missingGdprRights } from './missing-gdpr-rights.ts';
import { missingLgpdRights } from './missing-lgpd-rights.ts';
import { missingTranslation } from './missing-translation.ts';
import { missingUkRepresentative } from './missing-uk-representative.ts';
import { nonEssentialCookieWithoutConsent } from './non-essential-cookie-without-consent.ts';
import { processorWithoutDpa } from './processor-without-dpa.ts';
import { purposeWithoutLawfulBasis } from './purpose-without-lawful-basis.ts';
import { retentionWithoutEnd } from './retention-without-end.ts';
import { saleStanceInconsistent } from './sale-stance-inconsistent.ts';
import { saleWithoutOptOut } from './sale-without-opt-out.ts';
import { sensitiveDataWithoutLimitRight } from './sensitive-data-without-limit-right.ts';
import { shareStanceInconsistent } from './share-stance-inconsistent.ts';
import { specialCategoryWithoutCondition } from './special-category-without-condition.ts';
import { targetedAdvertisingStanceInconsistent } from './targeted-advertising-stance-inconsistent.ts';
import { templatePlaceholder } from './template-placeholder.ts';
import { thirdPartyCookieWithoutRecipient } from './third-party-cookie-without-recipient.ts';
import { thirdPartySourceUndisclosed } from './third-party-source-undisclosed.ts';
import { transferMechanismWrongCountry } from './transfer-mechanism-wrong-country.ts';
import { transferMechanismWrongRegime } from './transfer-mechanism-wrong-regime.ts';
import { transferSafeguardCopyUnavailable } from './transfer-safeguard-copy-unavailable.ts';
import { transferWithoutMechanism } from './transfer-without-mechanism.ts';
import { undeclaredCategory } from './undeclared-category.ts';
import { undeclaredJurisdiction } from './undeclared-jurisdiction.ts';
import { unknownCategory } from './unknown-category.ts';
import { unknownProcessorRedirect } from './unknown-processor-redirect.ts';
import { unknownPurpose } from './unknown-purpose.ts';
import { unknownRecipient } from './unknown-recipient.ts';
import { unknownRetentionRule } from './unknown-retention-rule.ts';
import { unknownSubject } from './unknown-subject.ts';
import { unmatchedAcceptance } from './unmatched-acceptance.ts';
import { unreachableDataset } from './unreachable-dataset.ts';

/** Every lint rule, in code order. Codes are stable and never reused; add new rules at the end. */
export const ALL_RULES: readonly LintRule[] = [
  unmatchedAcceptance, // PLG100
  consentWithoutCollection, // PLG101
  transferWithoutMechanism, // PLG102
  invalidTransferMechanism, // PLG103
  transferMechanismWrongCountry, // PLG104
  transferMechanismWrongRegime, // PLG105
  categoryWithoutRetention, // PLG106
  specialCategoryWithoutCondition, // PLG107
  adtechCookieAsEssential, // PLG108
  saleWithoutOptOut, // PLG109
  saleStanceInconsistent, // PLG110
  shareStanceInconsistent, // PLG111
  gpcNotHonoured, // PLG112
  childAgeBelowLegalMinimum, // PLG113
  fieldCategoryNotDeclared, // PLG114
  templatePlaceholder, // PLG115
  unknownCategory, // PLG116
  unknownRetentionRule, // PLG117
  unknownPurpose, // PLG118
  unknownRecipient, // PLG119
  brokenDatasetReference, // PLG120
  unknownProcessorRedirect, // PLG121
  duplicateId, // PLG122
  legitimateInterestWithoutBalancing, // PLG123
  legalObligationWithoutReference, // PLG124
  purposeWithoutLawfulBasis, // PLG125
  directMarketingWithoutConsent, // PLG126
  missingGdprRights, // PLG127
  missingCcpaRights, // PLG128
  missingComplaintAuthority, // PLG129
  missingTranslation, // PLG130
  defaultLanguageNotListed, // PLG131
  consentExpiryTooLong, // PLG132
  nonEssentialCookieWithoutConsent, // PLG133
  processorWithoutDpa, // PLG134
  thirdPartySourceUndisclosed, // PLG135
  automatedDecisionWithoutReview, // PLG136
  automatedDecisionStanceInconsistent, // PLG137
  missingEuRepresentative, // PLG138
  missingUkRepresentative, // PLG139
  keptFieldWithoutRetention, // PLG140
  internalDeadlineTooLong, // PLG141
  unreachableDataset, // PLG142
  sensitiveDataWithoutLimitRight, // PLG143
  cookieLifetimeTooLong, // PLG144
  backupIsolationWithoutPurge, // PLG145
  undeclaredCategory, // PLG146
  unknownSubject, // PLG147
  basisNotValidForRegime, // PLG148
  undeclaredJurisdiction, // PLG149
  targetedAdvertisingStanceInconsistent, // PLG150
  criminalDataWithoutAuthority, // PLG151
  missingLgpdRights, // PLG152
  ccpaRequestMethods, // PLG153
  ccpaAuthorisedAgents, // PLG154
  retentionWithoutEnd, // PLG155
  thirdPartyCookieWithoutRecipient, // PLG156
  analyticsCookieAsEssential, // PLG157
  cookieWithoutPurpose, // PLG158
  transferSafeguardCopyUnavailable, // PLG159
  childrenAgeNotDeclared, // PLG160
];
