// A tiny static HTTP server for a build folder (browser tests; no HTTPS, no network beyond localhost).
//   node scripts/serve-dist.js [dir=dist] [port=0]
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.xml': 'application/xml', '.json': 'application/json', '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

/** Serves `dir` on 127.0.0.1; port 0 picks a free one. Resolves to { server, port, url }. */
function serveDir(dir, port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    const file = path.join(root, rel.endsWith('/') ? rel + 'taskpane.html' : rel);
    // Never serve outside the folder ("../").
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolve({ server, port: actual, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

module.exports = { serveDir };

if (require.main === module) {
  serveDir(process.argv[2] || 'dist', Number(process.argv[3] || 0)).then(({ url }) => console.log(`serving on ${url}`));
}
