// Builds the add-in's web part into dist/: the task pane, the function file of the ribbon
// commands, the notice dialog, the icons and the manifest.
//   development: `webpack --mode development` (or webpack serve: https://localhost:3000/)
//   production:  `ADDIN_BASE_URL=https://host/path/ webpack --mode production`
'use strict';

const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE_URL, baseUrlProblem, productionManifest } = require('./scripts/production-manifest');

const ROOT = __dirname;
const ASSETS_DIR = 'assets';
const DEV_PORT = 3000;

/**
 * Where the pages load office.js from.
 * - "local" (default in development): a copy of @microsoft/office-js/dist under dist/office-js/,
 *   so pages open offline (jest/playwright, no network) and nothing comes from a CDN in tests.
 *   Outside Office, office.js still loads; Office.onReady then reports host null.
 * - "cdn" (default in production): Microsoft's CDN, the supported source. The npm package is
 *   no longer officially supported and the CDN ships fixes to every client at once.
 * Set OFFICE_JS=local for a production build on a network that cannot reach the CDN
 * (Microsoft's advice for closed networks is to serve the library files yourself).
 * The local copy keeps what Excel needs: office.js, its file map, the Excel host scripts,
 * every locale's office_strings.js, and the helper folders office.js loads at run time.
 */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_LOCAL_DIR = 'office-js';
const OFFICE_JS_LOCAL_FILES = [
  'office.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  'excel*.js',
  '*/office_strings.js',
  'ariatelemetry/**',
  'agaveerrorux/**',
];

const HELP_PAGE = 'src/help/help.html';

/** The HTML pages the build writes (file names are relative to the base URL). */
const pages = [
  { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html', filename: 'taskpane.html' },
  { name: 'commands', entry: './src/commands/commands.ts', template: './src/commands/commands.html', filename: 'commands.html' },
  { name: 'notice', entry: './src/commands/notice.ts', template: './src/commands/notice.html', filename: 'notice.html' },
];

/**
 * Files (relative to the base URL) that a build serves and a manifest may point at:
 * the pages, every file of assets/ and the manifest itself. The offline manifest check uses it.
 * @param {string} [root]
 * @returns {string[]}
 */
function servedFiles(root = ROOT) {
  const assetsDir = path.join(root, ASSETS_DIR);
  const assets = fs.existsSync(assetsDir)
    ? fs.readdirSync(assetsDir).filter((f) => fs.statSync(path.join(assetsDir, f)).isFile()).map((f) => `${ASSETS_DIR}/${f}`)
    : [];
  return [...pages.map((p) => p.filename), 'help.html', ...assets, 'manifest.xml'];
}

/**
 * The HTTPS options of webpack-dev-server, or null (with a warning) when no trusted certificate
 * can be had. office-addin-dev-certs creates a localhost certificate and trusts its CA; on Linux
 * that step runs `sudo update-ca-certificates`, which would hang or change the system store in CI,
 * so there it only runs from an interactive terminal (otherwise existing certificates are reused).
 * NTM_DEV_HTTP=1 forces plain HTTP.
 */
async function devServerHttps() {
  const fallback = (why) => {
    console.warn(
      `\n[ntm] No HTTPS certificate for localhost (${why}).\n` +
        `[ntm] Serving over plain HTTP: http://localhost:${DEV_PORT}/. Office does not load add-ins over HTTP;\n` +
        '[ntm] use this only to open the pages in a browser (e.g. Linux CI). Run `npx office-addin-dev-certs install` for HTTPS.\n',
    );
    return null;
  };
  if (process.env.NTM_DEV_HTTP === '1') return fallback('NTM_DEV_HTTP=1');
  try {
    // Required lazily: only `webpack serve` needs it.
    const devCerts = require('office-addin-dev-certs');
    const interactive = Boolean(process.stdin.isTTY) && !process.env.CI;
    if (process.platform === 'linux' && !interactive) {
      const { caCertificatePath, localhostCertificatePath, localhostKeyPath } = require('office-addin-dev-certs/lib/defaults');
      if (![caCertificatePath, localhostCertificatePath, localhostKeyPath].every((f) => fs.existsSync(f))) {
        return fallback('non-interactive Linux and no certificates in ~/.office-addin-dev-certs');
      }
      const read = (f) => fs.readFileSync(f);
      return { ca: read(caCertificatePath), cert: read(localhostCertificatePath), key: read(localhostKeyPath) };
    }
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (err) {
    return fallback(err && err.message ? err.message : String(err));
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJs = process.env.OFFICE_JS || (production ? 'cdn' : 'local');
  if (officeJs !== 'cdn' && officeJs !== 'local') throw new Error(`OFFICE_JS must be "cdn" or "local", not "${officeJs}".`);

  let baseUrl = DEV_BASE_URL;
  if (production) {
    baseUrl = process.env.ADDIN_BASE_URL;
    const problem = baseUrlProblem(baseUrl);
    // Fail before compiling: a manifest pointing at localhost must never be deployed.
    if (problem) throw new Error(`[ntm] Production build stopped. ${problem}`);
  }
  const officeJsUrl = officeJs === 'cdn' ? OFFICE_JS_CDN : `${OFFICE_JS_LOCAL_DIR}/office.js`;

  const copyPatterns = [
    { from: `${ASSETS_DIR}/*.png`, to: `${ASSETS_DIR}/[name][ext]` },
    // The pane's "Dùng workbook mẫu" fetches the bundled sample next to taskpane.html.
    { from: 'examples/tra-cu-2023.xlsx', to: 'examples/tra-cu-2023.xlsx' },
    // The help page (manifest SupportUrl, link at the foot of the pane): static, no script.
    { from: HELP_PAGE, to: 'help.html' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: production ? (content) => productionManifest(content.toString('utf8'), baseUrl) : undefined,
    },
  ];
  if (officeJs === 'local') {
    const officeDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));
    for (const glob of OFFICE_JS_LOCAL_FILES) {
      copyPatterns.push({
        from: glob,
        context: officeDist,
        to: `${OFFICE_JS_LOCAL_DIR}/[path][name][ext]`,
        // office.js (minified) loads the minified host scripts; the *.debug.js twins are dead weight.
        globOptions: { ignore: ['**/*.debug.js'] },
        // Already minified by Microsoft: keeps Terser off 12 MB of scripts (about a minute per build).
        info: { minimized: true },
        noErrorOnMissing: true,
      });
    }
  }

  const config = {
    mode: production ? 'production' : 'development',
    context: ROOT,
    // Fast rebuilds with readable stacks in development; no maps shipped to offices.
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: Object.fromEntries(pages.map((p) => [p.name, p.entry])),
    output: {
      path: path.join(ROOT, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // "auto": chunks load relative to the page, so the add-in works under any base path.
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Type errors are tsc's job (npm run typecheck); the bundle only needs JS.
            transpileOnly: true,
            // tsconfig.json is for tsc --noEmit and jest (commonjs); webpack wants ES modules
            // so that dynamic import() (ExcelJS later) becomes a separate lazy chunk.
            compilerOptions: { noEmit: false, module: 'esnext', sourceMap: !production },
          },
        },
      ],
    },
    optimization: {
      // Shared vendor code (React, Fluent UI) in its own cacheable chunk; async imports stay lazy.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: 'vendor', chunks: 'initial', priority: -10 },
        },
      },
    },
    performance: {
      // The task pane carries React + Fluent UI; warn only on clearly oversized entry points.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
    },
    plugins: [
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      ...pages.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: p.filename,
            template: p.template,
            chunks: [p.name],
            templateParameters: { officeJsUrl },
          }),
      ),
    ],
  };

  if (serving) {
    const https = await devServerHttps();
    config.devServer = {
      port: DEV_PORT,
      server: https ? { type: 'https', options: https } : { type: 'http' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      hot: false, // the Office webview reloads the page anyway; no HMR runtime in the bundles
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
      static: false, // everything served comes from the build itself (pages, assets, manifest)
    };
  }
  return config;
};

module.exports.pages = pages;
module.exports.servedFiles = servedFiles;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
