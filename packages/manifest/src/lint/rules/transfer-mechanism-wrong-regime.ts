import type { Jurisdiction } from '../../schema/common.ts';
import type { LintRule } from '../rule.ts';
import { declares, declaredGdprLike, REGIME_LABEL } from '../support/jurisdictions.ts';
import { recipientLabel } from '../support/labels.ts';
import { isAdequate, recipientCountries } from '../support/transfers.ts';

/** The regimes whose transfers each mechanism can safeguard. */
const COVERS: Record<string, readonly Jurisdiction[]> = {
  adequacy: ['gdpr', 'uk_gdpr'],
  eu_sccs: ['gdpr'], // UK GDPR: only together with the UK Addendum (ICO, March 2022)
  uk_idta: ['uk_gdpr'],
  uk_addendum: ['gdpr', 'uk_gdpr'], // EU SCCs plus the UK Addendum
  bcr: ['gdpr', 'uk_gdpr'],
  eu_us_dpf: ['gdpr'],
  uk_us_data_bridge: ['uk_gdpr'],
  swiss_us_dpf: [], // covers transfers from Switzerland only (Swiss FADP)
  derogation_consent: ['gdpr', 'uk_gdpr'],
  derogation_contract: ['gdpr', 'uk_gdpr'],
};

/** Mechanisms that exist only under one regime. */
const NEEDS: Record<string, Jurisdiction> = { uk_idta: 'uk_gdpr', uk_addendum: 'uk_gdpr', uk_us_data_bridge: 'uk_gdpr', eu_us_dpf: 'gdpr', eu_sccs: 'gdpr' };

export const transferMechanismWrongRegime: LintRule = {
  code: 'PLG105',
  name: 'transfer-mechanism-wrong-regime',
  severity: 'error',
  summary: 'A transfer mechanism belongs to a regime the manifest does not declare, or does not cover a declared one.',
  help:
    'UK mechanisms (the IDTA, the UK Addendum, the UK-US data bridge) safeguard transfers under UK GDPR only, and the EU ' +
    'SCCs and the EU-US DPF under EU GDPR only; the Swiss-US DPF covers neither (GDPR and UK GDPR Art. 46). Declare the ' +
    'regime the mechanism belongs to, or choose a mechanism that covers every declared regime (e.g. uk_addendum for both).',
  check({ manifest, report }) {
    manifest.recipients.forEach((recipient, i) => {
      const mechanism = recipient.transfer?.mechanism;
      if (!mechanism || mechanism === 'privacy_shield') return; // PLG103 reports Privacy Shield
      const path = ['recipients', i, 'transfer', 'mechanism'];
      const needed = NEEDS[mechanism];
      if (needed && !declares(manifest, needed)) {
        report(path, `${recipientLabel(recipient)} uses ${mechanism}, a ${REGIME_LABEL[needed]} mechanism, but ${needed} is not a declared jurisdiction.`);
        return;
      }
      const uncovered = declaredGdprLike(manifest).find(
        (regime) => !(COVERS[mechanism] ?? []).includes(regime) && recipientCountries(recipient).some((c) => !isAdequate(c, regime, mechanism)),
      );
      if (uncovered) {
        report(path, `${recipientLabel(recipient)} uses ${mechanism}, which does not safeguard transfers under ${REGIME_LABEL[uncovered]} (Art. 46).`);
      }
    });
  },
};
