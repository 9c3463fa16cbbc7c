// Drives `consentlint lsp` with vscode-jsonrpc, the JSON-RPC library of
// VS Code's language client: its StreamMessageReader rejects any framing
// error, so a passing run proves the server's framing, including
// Content-Length in bytes for a body with non-ASCII text.
//
// usage: node vscode-jsonrpc-client.js <tmpdir> <server argv...>
'use strict';
const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const rpc = require('vscode-jsonrpc/node');

const [tmp, ...argv] = process.argv.slice(2);
fs.mkdirSync(tmp, { recursive: true });
const file = path.join(tmp, 'banner.cpp');
const text = [
  '#include <firebase/gma.h>',
  'void show(firebase::gma::AdView &v, const firebase::gma::AdRequest &r) {',
  '  /* Größe 中文 😀 */ v.LoadAd(r);',
  '}',
  '',
].join('\n');
fs.writeFileSync(file, text);
const uri = 'file://' + file;

const server = cp.spawn(argv[0], argv.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
let exitCode = null;
const exited = new Promise((resolve) => server.on('exit', (code) => { exitCode = code; resolve(); }));
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout),
                                         new rpc.StreamMessageWriter(server.stdin));
conn.onError(([err]) => { console.log('connection error: ' + err.message); process.exit(1); });

const published = [];
let wake = null;
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  published.push(p);
  if (wake) wake();
});
function diagnostics(version) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics for v' + version)), 60000);
    wake = () => {
      const p = published.find((x) => x.version === version);
      if (p) { clearTimeout(timer); wake = null; resolve(p); }
    };
    wake();
  });
}
function show(d) {
  const r = d.range;
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ` +
         `severity=${d.severity} code=${d.code} source=${d.source} href=${d.codeDescription.href}\n  ${d.message}`;
}

(async () => {
  conn.listen();
  const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  console.log('positionEncoding: ' + init.capabilities.positionEncoding);
  conn.sendNotification('initialized', {});
  conn.sendNotification('textDocument/didOpen',
    { textDocument: { uri, languageId: 'cpp', version: 1, text } });
  let p = await diagnostics(1);
  for (const d of p.diagnostics) console.log('v1 ' + show(d));
  // Full-sync change: the call moves down one line and gains more non-ASCII.
  conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ text: text.replace('  /*', '  // ✓✓✓\n  /* ✓') }],
  });
  p = await diagnostics(2);
  for (const d of p.diagnostics) console.log('v2 ' + show(d));
  try {
    await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
  } catch (e) {
    console.log('hover: error ' + e.code);
  }
  console.log('shutdown: ' + JSON.stringify(await conn.sendRequest('shutdown')));
  conn.sendNotification('exit');
  await exited;
  console.log('exit code: ' + exitCode);
  conn.dispose();
})().catch((e) => { console.log('FAILED: ' + e.message); process.exit(1); });
