// The Content-Security-Policy of the add-in's page (SPEC §7 "Nothing leaks"): scripts from the add-in's
// own origin and Office.js from Microsoft's CDN, nothing else; no connections, frames, plugins or form
// posts anywhere. webpack.config.js writes it into taskpane.html (and, less the CDN, into the demo's
// demo.html); the tests assert it.
"use strict";

const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/**
 * The policy served by `npm start`: the same, plus the websocket webpack-dev-server reloads the page
 * through (some webviews do not count wss: as 'self').
 * @param {string} devOrigin e.g. https://localhost:3000
 */
function devCsp(devOrigin) {
  const socket = devOrigin.replace(/^https:/, "wss:");
  return CSP.replace("connect-src 'self'", `connect-src 'self' ${socket}`);
}

/**
 * The demo page's policy (src/demo/demo.html): the same, less Microsoft's CDN. The demo loads
 * Microsoft's Excel client from its own origin and nothing from anywhere else.
 * @param {string} policy CSP or devCsp(...)
 */
function withoutOfficeCdn(policy) {
  return policy.replace("script-src 'self' https://appsforoffice.microsoft.com", "script-src 'self'");
}

module.exports = { CSP, devCsp, withoutOfficeCdn };
