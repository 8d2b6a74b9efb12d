/**
 * The download token in what a person pastes: the mailed link (`/privacy/download#ref=…&token=…`), the older API
 * link (`/v1/requests/:ref/package?token=…`) or the bare token. Null when none of these fits.
 */
export function packageLinkToken(pasted: string): string | null {
  const text = pasted.trim();
  const bare = /^[A-Za-z0-9_-]{20,200}$/;
  if (bare.test(text)) return text;
  try {
    const url = new URL(text, 'http://localhost');
    const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? url.searchParams.get('token');
    return token !== null && bare.test(token) ? token : null;
  } catch {
    return null;
  }
}

/** The privacy center's download page for a request and token (the token in the fragment, never sent to a server). */
export const downloadPagePath = (reference: string, token: string) => `/privacy/download#ref=${encodeURIComponent(reference)}&token=${encodeURIComponent(token)}`;
