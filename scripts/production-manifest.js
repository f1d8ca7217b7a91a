// Rewrites the development manifest for a deployment. Plain CommonJS so that webpack.config.js
// (which webpack-cli loads without a TypeScript loader) and the TypeScript checks share it.
'use strict';

/** The origin every URL of manifest.xml points at during development (webpack-dev-server). */
const DEV_BASE_URL = 'https://localhost:3000/';

/**
 * Returns why `baseUrl` cannot host the add-in, or null when it can.
 * Office loads add-in pages only over HTTPS, and the manifest's URLs are formed by
 * appending file names, so the base must end with "/".
 * @param {string | undefined} baseUrl
 * @returns {string | null}
 */
function baseUrlProblem(baseUrl) {
  if (!baseUrl) {
    return 'ADDIN_BASE_URL is not set: a production build needs the HTTPS address the add-in is served from, e.g. ADDIN_BASE_URL=https://ntm.example.gov.vn/addin/';
  }
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    return `ADDIN_BASE_URL "${baseUrl}" is not a valid URL.`;
  }
  if (url.protocol !== 'https:') return `ADDIN_BASE_URL "${baseUrl}" must use https:// (Office loads add-ins only over HTTPS).`;
  if (!baseUrl.endsWith('/')) return `ADDIN_BASE_URL "${baseUrl}" must end with "/".`;
  if (/^(localhost|127\.|\[::1\])/i.test(url.hostname)) return `ADDIN_BASE_URL "${baseUrl}" points at this machine, not at a deployment.`;
  if (url.search || url.hash) return `ADDIN_BASE_URL "${baseUrl}" must not carry a query or fragment.`;
  return null;
}

/**
 * Replaces every development URL prefix of the manifest with `baseUrl`.
 * Throws when `baseUrl` is unusable (see baseUrlProblem) or when "localhost" would remain.
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
function productionManifest(xml, baseUrl) {
  const problem = baseUrlProblem(baseUrl);
  if (problem) throw new Error(problem);
  const out = xml.split(DEV_BASE_URL).join(baseUrl);
  if (/localhost/i.test(out)) {
    throw new Error('manifest.xml still mentions localhost after rewriting https://localhost:3000/ (a URL with another port or scheme?).');
  }
  return out;
}

module.exports = { DEV_BASE_URL, baseUrlProblem, productionManifest };
