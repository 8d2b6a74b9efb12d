import { describe, expect, it } from 'vitest';
import { loadMinimalManifest } from '../testing/test-app.ts';
import { defaultAssurance, isAssuranceMet, minimumAssurance, type Proof } from './assurance.ts';
import { isOffered, MANIFEST_RIGHTS, REQUEST_TYPES } from './request-types.ts';

const proof = (method: Proof['method'], extra: Partial<Proof> = {}): Proof => ({ method, at: '2026-03-01T00:00:00Z', identifiers: [], by: 'person', ...extra });

describe('assurance', () => {
  it('standard needs one factor; step-up two different ones', () => {
    expect(isAssuranceMet('standard', [], false)).toBe(false);
    expect(isAssuranceMet('standard', [proof('email_code')], false)).toBe(true);
    expect(isAssuranceMet('step_up', [proof('email_code')], false)).toBe(false);
    // The same factor twice is still one factor.
    expect(isAssuranceMet('step_up', [proof('email_code'), proof('email_link')], false)).toBe(false);
    expect(isAssuranceMet('step_up', [proof('email_code'), proof('second_identifier')], false)).toBe(true);
    expect(isAssuranceMet('step_up', [proof('email_link'), proof('account_login', { fresh: true })], true)).toBe(true);
    expect(isAssuranceMet('none', [], true)).toBe(true);
  });

  it('attack 5: knowledge questions never count, alone or on top of one factor', () => {
    const answers = [proof('knowledge_questions'), proof('knowledge_questions'), proof('knowledge_questions')];
    expect(isAssuranceMet('standard', answers, false)).toBe(false);
    expect(isAssuranceMet('step_up', [...answers, proof('email_code')], false)).toBe(false);
  });

  it('attack 6: a login that is not fresh does not count where fresh authentication is required', () => {
    expect(isAssuranceMet('standard', [proof('account_login', { fresh: false })], true)).toBe(false);
    expect(isAssuranceMet('standard', [proof('account_login', { fresh: false })], false)).toBe(true);
  });

  it('takes levels from the manifest: none for opt-outs, step-up where stepUpFor says so, standard otherwise', async () => {
    const manifest = structuredClone(await loadMinimalManifest());
    manifest.rights.verification.stepUpFor = ['delete'];
    expect(defaultAssurance(manifest, 'opt_out_sale_share')).toBe('none');
    expect(defaultAssurance(manifest, 'limit_sensitive')).toBe('none');
    expect(defaultAssurance(manifest, 'erasure')).toBe('step_up'); // "delete" is the CCPA word for erasure
    expect(defaultAssurance(manifest, 'access')).toBe('standard');
    expect(minimumAssurance('access')).toBe('standard');
    expect(minimumAssurance('opt_out_sale_share')).toBe('none');
  });
});

describe('request types and the manifest', () => {
  it('maps every type to manifest rights, in each law’s own words', () => {
    expect(Object.keys(MANIFEST_RIGHTS).sort()).toEqual([...REQUEST_TYPES].sort());
    expect(MANIFEST_RIGHTS.erasure).toContain('delete');
    expect(MANIFEST_RIGHTS.rectification).toContain('correct');
    expect(MANIFEST_RIGHTS.access).toContain('know');
  });

  it('offers a type under a jurisdiction only when the manifest lists one of its names there', async () => {
    const manifest = structuredClone(await loadMinimalManifest());
    manifest.rights.offered = { gdpr: ['access', 'erasure'], ccpa: ['know', 'delete', 'opt_out_sale_share'] };
    expect(isOffered(manifest, 'gdpr', 'erasure')).toBe(true);
    expect(isOffered(manifest, 'ccpa', 'erasure')).toBe(true);
    expect(isOffered(manifest, 'ccpa', 'know')).toBe(true);
    expect(isOffered(manifest, 'gdpr', 'opt_out_sale_share')).toBe(false);
    expect(isOffered(manifest, 'lgpd', 'access')).toBe(false);
  });
});
