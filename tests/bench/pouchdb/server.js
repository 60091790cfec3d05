'use strict';
// express-pouchdb on 127.0.0.1:<port> (0: a free port), its databases in a
// temporary folder on disk (LevelDB), like hocvuso-server's SQLite file.
// Prints one JSON line {"port":N,"dir":...} when ready. Counts the requests
// it serves; GET /_bench/stats and POST /_bench/reset are not counted.
//   node server.js [--port 0] [--dir DIR] [--memory]
const express = require('express');
const fs = require('fs');
const os = require('os');
const path = require('path');
const PouchDB = require('pouchdb-node');
PouchDB.plugin(require('pouchdb-adapter-memory'));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const port = Number(option('--port', '0'));
const inMemory = process.argv.includes('--memory');
const dir = option('--dir', fs.mkdtempSync(path.join(os.tmpdir(), 'hocvuso-pouch-server-')));
const ServerPouch = inMemory ? PouchDB.defaults({ adapter: 'memory' }) : PouchDB.defaults({ prefix: dir + path.sep });

const stats = { requests: 0, byMethod: {} };
const app = express();
app.get('/_bench/stats', (req, res) => res.json(stats));
app.post('/_bench/reset', (req, res) => {
  stats.requests = 0;
  stats.byMethod = {};
  res.json({ ok: true });
});
app.use((req, res, next) => {
  stats.requests += 1;
  stats.byMethod[req.method] = (stats.byMethod[req.method] || 0) + 1;
  next();
});
app.use('/', require('express-pouchdb')(ServerPouch, {
  mode: 'minimumForPouchDB',
  inMemoryConfig: true,
  logPath: path.join(dir, 'log.txt'),
}));

const server = app.listen(port, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port, dir, memory: inMemory }) + '\n');
});
function stop() {
  server.close();
  if (!option('--dir', null)) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
