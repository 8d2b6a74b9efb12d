/**
 * Every page of the web app, each a server route answering the app's index.html (the app then routes in the
 * browser). Listed, not a wildcard, so every page is in the route table, the OpenAPI document and the role matrix.
 * Secrets (a request's status token, a verification or download token) travel in the URL fragment, which browsers
 * never send.
 */
export const CENTER_PAGES = [
  '/privacy',
  '/privacy/notice',
  '/privacy/preferences',
  '/privacy/request',
  '/privacy/verify',
  '/privacy/status',
  '/privacy/download',
] as const;

export const CONSOLE_PAGES = [
  '/admin',
  '/admin/login',
  '/admin/requests',
  '/admin/requests/:id',
  '/admin/consent',
  '/admin/data-map',
  '/admin/notice',
  '/admin/records',
  '/admin/account',
  '/admin/users',
  '/admin/verification',
] as const;
