import { api, apiFile, query } from './client.ts';
import type { BannerConfig, CenterConfig, NoticeDocument, PersonRequestView, VersionSummary } from './types.ts';

// Every call the privacy center makes, in one place (server/src/rights/*.routes.ts, fulfilment/package.routes.ts).

export const getCenterConfig = () => api<CenterConfig>('/v1/privacy-center');

export const getNotice = (lang: string, version?: number) =>
  api<NoticeDocument>(version === undefined ? `/notice${query({ lang, format: 'json' })}` : `/notice/versions/${version}${query({ lang, format: 'json' })}`);
export const listNoticeVersions = (lang: string) => api<{ versions: VersionSummary[] }>(`/notice/versions${query({ lang })}`);
export const noticePageUrl = (lang: string, version?: number) => (version === undefined ? `/notice${query({ lang })}` : `/notice/versions/${version}${query({ lang })}`);

export const getBannerConfig = (lang: string) => api<BannerConfig>(`/v1/banner/config${query({ lang, site: 'privacy-center' })}`);
export const recordConsent = (body: unknown) => api<{ receipt: string; recordedAt: string }>('/v1/consents', { body });

export interface NewRequest {
  type: string;
  jurisdiction: string;
  email: string;
  name?: string;
  accountId?: string;
  phone?: string;
  details?: string;
  corrections?: Array<{ field: string; value: string }>;
  language?: string;
  agent?: { name: string; email: string; organisation?: string };
}

/** Always 202 with the same shape, whether or not the company knows the person. */
export const createRequest = (body: NewRequest) => api<{ reference: string; statusToken: string }>('/v1/requests', { body });
/** The six-digit code mailed to the person, with the status token. */
export const verifyWithCode = (reference: string, token: string, code: string) =>
  api<{ state?: string; message: string }>(`/v1/requests/${encodeURIComponent(reference)}/verification/code`, { body: { token, code } });
/** The mailed link `/privacy/verify#ref=…&token=…`: single use, bound to the request. */
export const verifyWithLink = (reference: string, token: string) =>
  api<{ message: string }>(`/v1/requests/${encodeURIComponent(reference)}/verification/link`, { body: { token } });
/** A new verification mail; the earlier link and code stop working. */
export const resendVerification = (reference: string, token: string) =>
  api<{ message: string }>(`/v1/requests/${encodeURIComponent(reference)}/verification/resend`, { body: { token } });
/** The person's view: state, deadline, timeline. */
export const getRequestStatus = (reference: string, token: string) =>
  api<PersonRequestView>(`/v1/requests/${encodeURIComponent(reference)}${query({ token })}`);
/** An authorised agent's signed authorisation (one PDF, PNG or JPEG up to 5 MB), multipart, the status token in the query. */
export const uploadAuthorisation = (reference: string, token: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api<{ message: string }>(`/v1/requests/${encodeURIComponent(reference)}/agent-authorisation${query({ token })}`, { form });
};

/** GET /v1/requests/:reference/package: the first call mails a code, the second (with it) answers the zip. */
export const requestPackageCode = (reference: string, token: string) =>
  api<{ status: string; message: string }>(`/v1/requests/${encodeURIComponent(reference)}/package${query({ token })}`);
/** The zip, once: the link is spent by a successful download; any mismatch is `400 verification_failed`. */
export const downloadPackage = (reference: string, token: string, code: string) => apiFile(`/v1/requests/${encodeURIComponent(reference)}/package${query({ token, code })}`);
