/**
 * The production manifest trusts only its host: `ATLAS_PUBLIC_URL=https://host/path/ npm run build`
 * points every URL of manifest.xml that names the dev server (https://localhost:3000) at that host,
 * and the build fails on a value Office could not load or on any localhost left behind.
 */

/** The dev server origin manifest.xml is written for. */
export const DEV_ORIGIN = "https://localhost:3000";

/**
 * ATLAS_PUBLIC_URL as the base every manifest URL is resolved against: https only (Office loads
 * add-ins only over https), no credentials, query or fragment, and always a trailing slash.
 */
export function normalizePublicUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`ATLAS_PUBLIC_URL must be an absolute https:// URL such as https://your.host/atlas/, got "${raw}"`);
  }
  if (url.protocol !== "https:") throw new Error(`ATLAS_PUBLIC_URL must use https (Office loads add-ins only over https), got "${raw}"`);
  if (url.username || url.password) throw new Error(`ATLAS_PUBLIC_URL must not contain a user name or password, got "${raw}"`);
  if (url.search || url.hash) throw new Error(`ATLAS_PUBLIC_URL must not have a query or fragment, got "${raw}"`);
  if (/^localhost$|^127\.|^\[::1\]$/i.test(url.hostname)) throw new Error(`ATLAS_PUBLIC_URL must name the production host, not ${url.hostname}`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

/**
 * manifest.xml for the public host: each `<AppDomain>` of the dev server becomes the host's origin
 * (an app domain is an origin, without a path), and every other dev-server URL is resolved against the
 * base (`https://localhost:3000/taskpane.html` -> `<base>taskpane.html`). Replacements are functions,
 * so characters of the URL such as `$&` are never read as replacement patterns.
 */
export function publicManifest(xml: string, rawPublicUrl: string): string {
  const base = normalizePublicUrl(rawPublicUrl);
  const origin = DEV_ORIGIN.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const out = xml
    .replace(new RegExp(`(<AppDomain>\\s*)${origin}/?(\\s*</AppDomain>)`, "g"), (_m, open: string, close: string) => `${open}${base.origin}${close}`)
    .replace(new RegExp(`${origin}(/[^"'<>\\s]*)?`, "g"), (_m, path: string | undefined) => new URL((path ?? "/").replace(/^\//, ""), base).href);
  const left = out.split("\n").findIndex((line) => /localhost|127\.0\.0\.1/i.test(line));
  if (left >= 0) throw new Error(`manifest.xml line ${left + 1} still names localhost after rewriting it to ${base.href}: ${out.split("\n")[left].trim()}`);
  return out;
}
