"""A small, strict LSP client for the consentlint lsp tests (stdlib only).

Every frame the server writes is checked: ASCII headers, exactly one
Content-Length equal to the UTF-8 byte length of the body, "\\r\\n"
separators, and a JSON-RPC 2.0 object as the body. Any violation fails the
test, so framing is tested by every test that uses this client.
"""
import json
import os
import queue
import subprocess
import sys
import threading
import time


class ProtocolError(Exception):
    pass


def frame(obj=None, body=None):
    if body is None:
        body = json.dumps(obj, ensure_ascii=False).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Client:
    def __init__(self, argv, cwd=None, stderr_path=None):
        env = dict(os.environ)
        self.stderr = open(stderr_path or os.devnull, "wb")
        self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE,
                                     stderr=self.stderr, cwd=cwd, env=env)
        self.inbox = queue.Queue()
        self.errors = []
        self.next_id = 1
        self.pending = []  # Messages read but not yet consumed.
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    # Reading -------------------------------------------------------------
    def _read(self):
        out = self.proc.stdout
        try:
            while True:
                headers = {}
                line = out.readline()
                if not line:
                    break
                while line != b"\r\n":
                    if not line.endswith(b"\r\n"):
                        raise ProtocolError("header line not ended by CRLF: %r" % line)
                    name, sep, value = line[:-2].decode("ascii").partition(":")
                    if not sep:
                        raise ProtocolError("bad header line %r" % line)
                    if name.lower() in headers:
                        raise ProtocolError("duplicate header %s" % name)
                    headers[name.lower()] = value.strip()
                    line = out.readline()
                if "content-length" not in headers:
                    raise ProtocolError("no Content-Length in %r" % headers)
                n = int(headers["content-length"])
                body = out.read(n)
                if len(body) != n:
                    raise ProtocolError("short body")
                msg = json.loads(body.decode("utf-8"))
                if not isinstance(msg, dict) or msg.get("jsonrpc") != "2.0":
                    raise ProtocolError("not JSON-RPC 2.0: %r" % msg)
                self.inbox.put((time.monotonic(), msg))
        except Exception as e:  # Reported by the test, not lost in a thread.
            self.errors.append(e)
        self.inbox.put((time.monotonic(), None))

    def next_message(self, timeout):
        if self.pending:
            return self.pending.pop(0)
        try:
            return self.inbox.get(timeout=timeout)
        except queue.Empty:
            return None

    def wait_for(self, pred, timeout=30, what="message"):
        """The first message matching pred; others are kept for later."""
        deadline = time.monotonic() + timeout
        skipped = []
        try:
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ProtocolError("timed out waiting for " + what)
                item = self.next_message(left)
                if item is None:
                    raise ProtocolError("timed out waiting for " + what)
                if item[1] is None:
                    self.inbox.put(item)
                    raise ProtocolError("server closed the stream while waiting for "
                                        + what + "; errors: %r" % self.errors)
                if pred(item[1]):
                    return item
                skipped.append(item)
        finally:
            self.pending = skipped + self.pending

    def response(self, id, timeout=30):
        return self.wait_for(lambda m: m.get("id") == id and "method" not in m,
                             timeout, "response %r" % id)[1]

    def diagnostics(self, uri, version=None, timeout=60):
        def match(m):
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            p = m["params"]
            return p["uri"] == uri and (version is None or p.get("version") == version)
        return self.wait_for(match, timeout, "diagnostics for %s v%s" % (uri, version))

    def drain(self, seconds):
        """Every message that arrives within the next seconds."""
        got = list(self.pending)
        self.pending = []
        end = time.monotonic() + seconds
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return got
            try:
                item = self.inbox.get(timeout=left)
            except queue.Empty:
                return got
            if item[1] is None:
                self.inbox.put(item)
                return got
            got.append(item)

    # Writing -------------------------------------------------------------
    def send_raw(self, data):
        self.proc.stdin.write(data)
        self.proc.stdin.flush()

    def send(self, obj):
        self.send_raw(frame(obj))

    def request(self, method, params=None):
        id = self.next_id
        self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)
        return id

    def call(self, method, params=None, timeout=30):
        return self.response(self.request(method, params), timeout)

    def notify(self, method, params=None):
        msg = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            msg["params"] = params
        self.send(msg)

    def initialize(self, encodings=None):
        caps = {"textDocument": {"publishDiagnostics": {"relatedInformation": True,
                                                        "versionSupport": True,
                                                        "codeDescriptionSupport": True}}}
        if encodings is not None:
            caps["general"] = {"positionEncodings": encodings}
        r = self.call("initialize", {"processId": os.getpid(), "rootUri": None,
                                     "capabilities": caps})
        self.notify("initialized", {})
        return r

    def open(self, path, text, version=1, language="cpp"):
        uri = "file://" + path
        self.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": version, "text": text}})
        return uri

    def change(self, uri, text, version):
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"text": text}]})

    def shutdown_and_exit(self, timeout=30):
        r = self.call("shutdown")
        self.notify("exit")
        return r, self.wait(timeout)

    def wait(self, timeout=30):
        try:
            self.proc.stdin.close()
        except Exception:
            pass
        rc = self.proc.wait(timeout)
        self.reader.join(5)
        if self.errors:
            raise self.errors[0]
        return rc


def server_argv(consentlint, sdk, inputs, extra=()):
    """consentlint lsp with the acme consent API and the mock SDKs."""
    return [consentlint, "lsp",
            "--config-file=" + os.path.join(inputs, "config", "acme.consentlint.yaml")
            ] + list(extra) + ["--", "-x", "c++", "-std=c++17",
                               "-isystem", os.path.join(sdk, "firebase"),
                               "-isystem", os.path.join(sdk, "acme")]


def show(diag):
    """One line per diagnostic, for FileCheck."""
    r = diag["range"]
    s = "%d:%d-%d:%d sev=%s code=%s source=%s: %s" % (
        r["start"]["line"], r["start"]["character"], r["end"]["line"],
        r["end"]["character"], diag.get("severity"), diag.get("code"),
        diag.get("source"), diag["message"])
    href = diag.get("codeDescription", {}).get("href")
    if href:
        s += "\n  href " + href
    for rel in diag.get("relatedInformation", []):
        rr = rel["location"]["range"]
        s += "\n  related %s %d:%d: %s" % (os.path.basename(rel["location"]["uri"]),
                                           rr["start"]["line"], rr["start"]["character"],
                                           rel["message"])
    return s
