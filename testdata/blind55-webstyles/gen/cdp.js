// Drives headless Chromium over the DevTools protocol (Node >= 20 with
// --experimental-websocket, no packages needed).
//
//   node --experimental-websocket cdp.js mhtml SPEC.json
//       SPEC: {"url": "...", "out": "file.mhtml", "resources": {"URL": "local file", ...}}
//       The first resource is the page. Every request is answered from the
//       resources (others 404), so the snapshot carries the site's own URLs
//       and nothing from this machine. Writes Chromium's own MHTML
//       (Page.captureSnapshot), as "Save page as… Webpage, single file" does.
//
//   node --experimental-websocket cdp.js check OUTDIR FILE...
//       Opens each file, prints one JSON line {file, innerText} and writes
//       OUTDIR/<file>.png (full page) so a person can see what is shown.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const os = require('os');

function launch() {
  return new Promise((resolve, reject) => {
    const prof = fs.mkdtempSync(path.join(os.tmpdir(), 'b55cdp-'));
    const p = spawn('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu',
      '--remote-debugging-port=0', '--user-data-dir=' + prof, '--hide-scrollbars',
      '--lang=zh-CN', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let buf = '';
    p.stderr.on('data', d => {
      buf += d.toString();
      const m = buf.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) resolve({ proc: p, wsurl: m[1], prof });
    });
    p.on('exit', c => reject(new Error('chromium exited ' + c + ': ' + buf)));
  });
}

class CDP {
  constructor(url) {
    this.ws = new WebSocket(url);
    this.id = 0; this.pending = new Map(); this.handlers = [];
    this.ws.onmessage = ev => {
      const msg = JSON.parse(ev.data);
      if (msg.id && this.pending.has(msg.id)) {
        const { res, rej } = this.pending.get(msg.id); this.pending.delete(msg.id);
        msg.error ? rej(new Error(JSON.stringify(msg.error))) : res(msg.result);
      } else if (msg.method) {
        for (const h of this.handlers) h(msg);
      }
    };
  }
  open() { return new Promise(r => { this.ws.onopen = r; }); }
  send(method, params = {}, sessionId) {
    const id = ++this.id;
    const m = { id, method, params }; if (sessionId) m.sessionId = sessionId;
    this.ws.send(JSON.stringify(m));
    return new Promise((res, rej) => this.pending.set(id, { res, rej }));
  }
  on(h) { this.handlers.push(h); }
  waitFor(pred, ms = 15000) {
    return new Promise((res, rej) => {
      const t = setTimeout(() => rej(new Error('timeout')), ms);
      this.on(m => { if (pred(m)) { clearTimeout(t); res(m); } });
    });
  }
}

async function session(c) {
  const { targetId } = await c.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await c.send('Target.attachToTarget', { targetId, flatten: true });
  await c.send('Page.enable', {}, sessionId);
  await c.send('Runtime.enable', {}, sessionId);
  return sessionId;
}

const MIME = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.js': 'application/javascript', '.gif': 'image/gif' };

async function mhtml(specFile) {
  const spec = JSON.parse(fs.readFileSync(specFile, 'utf8'));
  const base = path.dirname(path.resolve(specFile));
  const { proc, wsurl } = await launch();
  const c = new CDP(wsurl); await c.open();
  try {
    const s = await session(c);
    await c.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, s);
    c.on(async m => {
      if (m.method !== 'Fetch.requestPaused' || m.sessionId !== s) return;
      const u = m.params.request.url.split('#')[0];
      const f = spec.resources[u];
      if (f) {
        const body = fs.readFileSync(path.resolve(base, f));
        const ct = spec.types && spec.types[u] || MIME[path.extname(f)] || 'application/octet-stream';
        await c.send('Fetch.fulfillRequest', { requestId: m.params.requestId, responseCode: 200,
          responseHeaders: [{ name: 'Content-Type', value: ct }], body: body.toString('base64') }, s);
      } else {
        await c.send('Fetch.fulfillRequest', { requestId: m.params.requestId, responseCode: 404,
          responseHeaders: [{ name: 'Content-Type', value: 'text/plain' }], body: '' }, s);
      }
    });
    const loaded = c.waitFor(m => m.method === 'Page.loadEventFired' && m.sessionId === s);
    await c.send('Page.navigate', { url: spec.url }, s);
    await loaded;
    await new Promise(r => setTimeout(r, 500));
    const { data } = await c.send('Page.captureSnapshot', { format: 'mhtml' }, s);
    fs.writeFileSync(path.resolve(base, spec.out), data);
  } finally { proc.kill(); }
}

async function check(outdir, files) {
  fs.mkdirSync(outdir, { recursive: true });
  const { proc, wsurl } = await launch();
  const c = new CDP(wsurl); await c.open();
  try {
    for (const f of files) {
      const s = await session(c);
      await c.send('Emulation.setDeviceMetricsOverride', { width: 1100, height: 900, deviceScaleFactor: 1, mobile: false }, s);
      const loaded = c.waitFor(m => m.method === 'Page.loadEventFired' && m.sessionId === s);
      await c.send('Page.navigate', { url: 'file://' + path.resolve(f) }, s);
      await loaded.catch(() => {});
      await new Promise(r => setTimeout(r, 400));
      const r = await c.send('Runtime.evaluate', { expression: 'document.body ? document.body.innerText : ""', returnByValue: true }, s);
      const { contentSize } = await c.send('Page.getLayoutMetrics', {}, s);
      const shot = await c.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true,
        clip: { x: 0, y: 0, width: 1100, height: Math.min(Math.ceil(contentSize.height), 3000), scale: 1 } }, s);
      fs.writeFileSync(path.join(outdir, path.basename(f) + '.png'), Buffer.from(shot.data, 'base64'));
      console.log(JSON.stringify({ file: f, innerText: r.result.value }));
      await c.send('Target.closeTarget', { targetId: (await c.send('Target.getTargets')).targetInfos.find(t => t.type === 'page' && t.attached && t.url.includes(path.basename(f)))?.targetId || '' }).catch(() => {});
    }
  } finally { proc.kill(); }
}

(async () => {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === 'mhtml') await mhtml(args[0]);
  else if (cmd === 'check') await check(args[0], args.slice(1));
  else { console.error('usage: cdp.js mhtml SPEC.json | check OUTDIR FILE...'); process.exit(2); }
  process.exit(0);
})().catch(e => { console.error(e); process.exit(1); });
