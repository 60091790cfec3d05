'use strict';
// PouchDB replicating residents to express-pouchdb, the same records that
// tests/bench/bench_sync.cpp pushes and pulls with hocvuso sync: push (a local
// LevelDB PouchDB replicates to the server) and pull (a fresh local PouchDB
// replicates from it). Bytes on the wire are counted by a TCP proxy in this
// process, requests by the server. Prints one JSON document on stdout.
//   node bench.js [--counts 10000,100000] [--records FILE.jsonl] [--batch-size 100] [--memory-server]
// --records: JSON lines, one resident row each (bench_sync writes them from
// its own store); without it the records are generated here with the same fields.
const { spawn } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const readline = require('readline');
const PouchDB = require('pouchdb-node');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const counts = option('--counts', '10000,100000').split(',').map(Number).filter((n) => n > 0);
const recordsFile = option('--records', null);
const batchSize = Number(option('--batch-size', '100')); // PouchDB's default
const memoryServer = process.argv.includes('--memory-server');
const log = (...a) => process.stderr.write(a.join(' ') + '\n');

// ---- records with the fields of a resident row (core/domain/EntityCatalog.cpp) ----
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Công', 'Quang', 'Minh', 'Thành'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tuấn', 'Việt'];
const GIVEN_F = ['Anh', 'Chi', 'Dung', 'Hà', 'Hằng', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Thảo', 'Trang', 'Yến'];
const ETHNIC = ['Kinh', 'Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa'];

function lcg(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function uuidFrom(rand) {
  const h = [];
  for (let i = 0; i < 16; i++) h.push(Math.floor(rand() * 256));
  h[6] = (h[6] & 0x0f) | 0x70;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function* generatedResidents(n) {
  const rand = lcg(20250701);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const flag = (p) => (rand() < p ? 1 : 0);
  const communeId = uuidFrom(rand);
  const deviceId = uuidFrom(rand);
  const hamlets = Array.from({ length: 12 }, () => uuidFrom(rand));
  let household = uuidFrom(rand);
  const baseMs = BigInt(Date.UTC(2025, 9, 10));
  for (let i = 0; i < n; i++) {
    if (i % 4 === 0) household = uuidFrom(rand);
    const male = rand() < 0.5;
    const year = 1940 + Math.floor(rand() * 68);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const smartphone = flag(0.8);
    const vneid = smartphone ? flag(0.7) : 0;
    yield {
      id: uuidFrom(rand),
      commune_id: communeId,
      updated_hlc: ((baseMs + BigInt(i)) << 16n).toString(),
      device_id: deviceId,
      deleted: 0,
      hamlet_id: pick(hamlets),
      household_id: household,
      full_name: `${pick(SURNAMES)} ${pick(male ? MIDDLE_M : MIDDLE_F)} ${pick(male ? GIVEN_M : GIVEN_F)}`,
      birth_date: `${year}-${month}-${day}`,
      birth_year: year,
      sex: male ? 'M' : 'F',
      cccd: '0' + String(79000000000 + Math.floor(rand() * 999999999)).padStart(11, '0'),
      phone: '09' + String(Math.floor(rand() * 1e8)).padStart(8, '0'),
      is_head: i % 4 === 0 ? 1 : 0,
      ethnicity: pick(ETHNIC),
      ethnic_minority: 0,
      disabled: flag(0.03),
      public_official: flag(0.04),
      student: year > 2006 ? 1 : 0,
      enterprise_worker: flag(0.2),
      small_trader: flag(0.1),
      womens_union: male ? 0 : flag(0.5),
      youth_union: year > 1990 ? flag(0.4) : 0,
      influencer: flag(0.01),
      has_smartphone: smartphone,
      vneid_level2: vneid,
      digital_bank: smartphone ? flag(0.6) : 0,
      online_services: flag(0.3),
      cashless: flag(0.5),
      vneid_certified_on: vneid && rand() < 0.5 ? '2025-09-15' : null,
      basic_skills_on: rand() < 0.4 ? '2025-08-20' : null,
      notes: '',
    };
  }
}

async function* fileResidents(file, n) {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let i = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    if (i++ >= n) break;
    yield JSON.parse(line);
  }
  if (i < n) throw new Error(`${file} holds ${i} records, ${n} asked`);
}

// ---- helpers ----
function startServer() {
  return new Promise((resolve, reject) => {
    const args = [path.join(__dirname, 'server.js'), '--port', '0'];
    if (memoryServer) args.push('--memory');
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('server.js did not start in 30 s')), 30000);
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve({ child, port: JSON.parse(out.slice(0, nl)).port });
      }
    });
    child.on('exit', (code) => reject(new Error(`server.js exited with ${code}`)));
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 10000).unref();
  });
}

// A pass-through TCP proxy that counts the bytes each way.
function countingProxy(targetPort) {
  const counters = { toServer: 0, toClient: 0, connections: 0 };
  const server = net.createServer((client) => {
    counters.connections++;
    const upstream = net.connect(targetPort, '127.0.0.1');
    client.setNoDelay(true); // as the HTTP stacks on both ends do: no Nagle delay added by the proxy
    upstream.setNoDelay(true);
    client.on('data', (d) => { counters.toServer += d.length; upstream.write(d); });
    upstream.on('data', (d) => { counters.toClient += d.length; client.write(d); });
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      port: server.address().port,
      counters,
      reset() { counters.toServer = 0; counters.toClient = 0; counters.connections = 0; },
      close() { return new Promise((r) => server.close(r)); },
    }));
  });
}

// CPU seconds (user + system): of this process, and of the server child from /proc.
function ownCpuSeconds() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}
function childCpuSeconds(child) {
  try {
    const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch (e) {
    return -1;
  }
}

async function getJson(port, p, method = 'GET') {
  const res = await fetch(`http://127.0.0.1:${port}${p}`, { method });
  return res.json();
}

function figures(n, ms, proxy, requests, cpu) {
  const c = proxy.counters;
  return {
    client_cpu_s: Number(cpu.client.toFixed(2)), // this process: the PouchDB client and the counting proxy
    server_cpu_s: Number(cpu.server.toFixed(2)),
    changes: n,
    ms: Math.round(ms),
    changes_per_s: Math.round(n / (ms / 1000)),
    bytes_to_server: c.toServer,
    bytes_to_client: c.toClient,
    bytes_per_change: Number(((c.toServer + c.toClient) / n).toFixed(1)),
    requests,
    connections: c.connections,
  };
}

async function runOne(n) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hocvuso-pouch-bench-'));
  const LocalPouch = PouchDB.defaults({ prefix: work + path.sep });
  const { child, port } = await startServer();
  const proxy = await countingProxy(port);
  try {
    const local = new LocalPouch('outbox');
    const source = recordsFile ? fileResidents(recordsFile, n) : generatedResidents(n);
    let docs = [];
    const writeStart = process.hrtime.bigint();
    for await (const r of source) {
      const { id, ...fields } = r;
      docs.push({ _id: id, ...fields });
      if (docs.length === 1000) { await local.bulkDocs(docs); docs = []; }
    }
    if (docs.length) await local.bulkDocs(docs);
    const localWriteMs = Number(process.hrtime.bigint() - writeStart) / 1e6;
    const remoteUrl = `http://127.0.0.1:${proxy.port}/residents`;

    await getJson(port, '/_bench/reset', 'POST');
    proxy.reset();
    let cpu0 = { client: ownCpuSeconds(), server: childCpuSeconds(child) };
    let t = process.hrtime.bigint();
    const pushed = await local.replicate.to(remoteUrl, { batch_size: batchSize });
    const pushMs = Number(process.hrtime.bigint() - t) / 1e6;
    const pushCpu = { client: ownCpuSeconds() - cpu0.client, server: childCpuSeconds(child) - cpu0.server };
    const push = figures(n, pushMs, proxy, (await getJson(port, '/_bench/stats')).requests, pushCpu);
    push.docs_written = pushed.docs_written;
    const remoteInfo = await getJson(port, '/residents');
    push.server_doc_count = remoteInfo.doc_count;

    await getJson(port, '/_bench/reset', 'POST');
    proxy.reset();
    const fresh = new LocalPouch('inbox');
    cpu0 = { client: ownCpuSeconds(), server: childCpuSeconds(child) };
    t = process.hrtime.bigint();
    const pulled = await fresh.replicate.from(remoteUrl, { batch_size: batchSize });
    const pullMs = Number(process.hrtime.bigint() - t) / 1e6;
    const pullCpu = { client: ownCpuSeconds() - cpu0.client, server: childCpuSeconds(child) - cpu0.server };
    const pull = figures(n, pullMs, proxy, (await getJson(port, '/_bench/stats')).requests, pullCpu);
    pull.docs_written = pulled.docs_written;
    pull.local_doc_count = (await fresh.info()).doc_count;

    const ok = push.server_doc_count === n && pull.local_doc_count === n;
    await local.close();
    await fresh.close();
    return { records: n, batch_size: batchSize, local_write_ms: Math.round(localWriteMs), push, pull, ok };
  } finally {
    await proxy.close();
    await stopServer(child);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

(async () => {
  const results = [];
  for (const n of counts) {
    log(`pouchdb: ${n} records…`);
    const r = await runOne(n);
    log(`pouchdb ${n}: push ${r.push.changes_per_s}/s ${r.push.bytes_per_change} B/change ${r.push.requests} requests;` +
        ` pull ${r.pull.changes_per_s}/s ${r.pull.bytes_per_change} B/change ${r.pull.requests} requests${r.ok ? '' : ' COUNT MISMATCH'}`);
    results.push(r);
  }
  process.stdout.write(JSON.stringify({
    system: 'pouchdb',
    node: process.version,
    pouchdb: require('pouchdb-node/package.json').version,
    express_pouchdb: require('express-pouchdb/package.json').version,
    server_adapter: memoryServer ? 'memory' : 'leveldb',
    results,
  }) + '\n');
  process.exit(results.every((r) => r.ok) ? 0 : 1);
})().catch((e) => { log(e.stack || String(e)); process.exit(2); });
