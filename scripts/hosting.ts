/**
 * Response headers the pane's host must send (README "Sideload into Excel", For colleagues); the dev
 * server sends them too. `frame-ancestors` only works as a header: browsers ignore it in the page's
 * <meta> CSP (which keeps everything else: nothing leaves the add-in's origin).
 *
 * Which pages may frame the pane: Office on the web runs an add-in in an iframe (Microsoft, "Privacy and
 * security for Office Add-ins", Prevent clickjacking) of its own web app, but Microsoft publishes no list
 * of those origins. The list below is the Office web app domains in use (Excel on the web under
 * officeapps.live.com, Microsoft 365 under office.com, microsoft365.com and cloud.microsoft, documents on
 * sharepoint.com), each https and by subdomain; 'self' keeps the pane's own dialogs and preview mode.
 * Office desktop (WebView2, WKWebView) shows the pane as a top-level page, where frame-ancestors does not apply.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.microsoft365.com",
  "https://*.cloud.microsoft",
  "https://*.sharepoint.com",
] as const;

export const PANE_HEADERS: Record<string, string> = {
  "Content-Security-Policy": `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
  "X-Content-Type-Options": "nosniff",
};
