// Save pages as Chrome's "Save as… Webpage, Single File (MHTML)" does, through
// the DevTools protocol's Page.captureSnapshot of headless Chromium.
//   node --experimental-websocket mhtml.js IN.html OUT.mhtml [IN OUT ...]
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

async function main() {
  const args = process.argv.slice(2);
  const prof = fs.mkdtempSync(path.join(os.tmpdir(), "b19-chrome-"));
  const port = 9400 + Math.floor(Math.random() * 400);
  const chrome = spawn("chromium", ["--headless", "--no-sandbox", "--disable-gpu",
    `--remote-debugging-port=${port}`, "--remote-debugging-address=127.0.0.1",
    `--user-data-dir=${prof}`, "about:blank"], { stdio: "ignore" });
  let ver;
  for (let i = 0; i < 100 && !ver; i++) {
    try { ver = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json(); }
    catch (e) { await new Promise(r => setTimeout(r, 200)); }
  }
  const page = ver.find(t => t.type === "page");
  const ws = new WebSocket(page.webSocketDebuggerUrl);
  await new Promise(r => ws.addEventListener("open", r));
  let id = 0; const waiting = new Map(); const events = [];
  ws.addEventListener("message", m => {
    const d = JSON.parse(m.data);
    if (d.id && waiting.has(d.id)) { waiting.get(d.id)(d); waiting.delete(d.id); }
    else if (d.method) events.push(d.method);
  });
  const call = (method, params = {}) => new Promise(r => { const i = ++id; waiting.set(i, r); ws.send(JSON.stringify({ id: i, method, params })); });
  await call("Page.enable");
  for (let i = 0; i < args.length; i += 2) {
    events.length = 0;
    await call("Page.navigate", { url: "file://" + path.resolve(args[i]) });
    for (let k = 0; k < 100 && !events.includes("Page.loadEventFired"); k++) await new Promise(r => setTimeout(r, 100));
    const snap = await call("Page.captureSnapshot", { format: "mhtml" });
    fs.writeFileSync(args[i + 1], snap.result.data);
  }
  ws.close(); chrome.kill();
  await new Promise(r => setTimeout(r, 300));
  try { fs.rmSync(prof, { recursive: true, force: true }); } catch (e) {}
}
main().catch(e => { console.error(e); process.exit(1); });
