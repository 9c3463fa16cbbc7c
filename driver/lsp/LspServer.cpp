//===- LspServer.cpp - consentlint as a Language Server -------------------===//

#include "driver/lsp/LspServer.h"
#include "driver/Run.h"
#include "engine/Engine.h"
#include "support/Paths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace consentlint {
namespace lsp {

using llvm::json::Array;
using llvm::json::Object;
using llvm::json::Value;

/// The text of a line of a file: the document's, another open document's
/// (unsaved) or the file's on disk.
static LineLookup lineLookup(const std::string &Path, const LineTable &Main,
                             const llvm::StringMap<std::string> &Open) {
  auto Files = std::make_shared<
      std::map<std::string, std::unique_ptr<llvm::MemoryBuffer>>>();
  return [&Path, &Main, &Open, Files](const std::string &File,
                                      unsigned Line) -> std::string {
    if (!Line)
      return "";
    if (File == Path)
      return Main.line(Line - 1).str();
    auto OpenIt = Open.find(File);
    if (OpenIt != Open.end())
      return LineTable(OpenIt->second).line(Line - 1).str();
    auto &Buf = (*Files)[File];
    if (!Buf) {
      auto B = llvm::MemoryBuffer::getFile(File);
      if (!B)
        return "";
      Buf = std::move(*B);
    }
    return LineTable(Buf->getBuffer()).line(Line - 1).str();
  };
}

Array LspServer::analyze(const std::string &Path,
                         const llvm::StringMap<std::string> &Open,
                         PositionEncoding E) {
  auto Doc = Open.find(Path);
  LineTable Main(Doc == Open.end() ? llvm::StringRef() : Doc->second);
  LineLookup Lines = lineLookup(Path, Main, Open);
  Array Out;
  auto R = Analysis->analyzeDocument(Path, Open);
  if (!R) {
    // The profile or the database cannot load: said on the document.
    Location L{Path, 1, 1, 0, 0};
    Out.push_back(Object{{"range", toRange(L, E, Lines)},
                         {"severity", 1},
                         {"code", "consentlint-config"},
                         {"source", "consentlint"},
                         {"message", llvm::toString(R.takeError())}});
    return Out;
  }
  for (Value &D : compilerDiagnostics(R->Compiler, Path, E, Lines))
    Out.push_back(std::move(D));
  if (!R->PolicyError.empty()) {
    llvm::errs() << R->PolicyError << "\n";
    log(2, "consentlint: cannot read the privacy policy " + R->PolicyFile);
  }
  for (const Finding &F : R->Findings)
    Out.push_back(toDiagnostic(F, E, Lines));
  return Out;
}

LspServer::LspServer(ServerOptions O, Transport &T)
    : Opts(std::move(O)), T(T) {
  llvm::SmallString<256> Cwd;
  llvm::sys::fs::current_path(Cwd);
  EngineOptions EO = engineOptions(Opts.Driver, Opts.Data, std::string(Cwd));
  // One document at a time, no progress on stdout, only its own findings.
  EO.Schedule.Jobs = 1;
  EO.Schedule.Quiet = true;
  // The editor analyses with the project's flags only, without the SDK
  // declarations of the command line (as it always has).
  EO.Schedule.FallbackIncludeDirs.clear();
  EO.Log = [this](const std::string &M) { log(3, M); };
  Analysis = std::make_unique<Engine>(std::move(EO));
  Worker = std::thread([this] { workerLoop(); });
}

LspServer::~LspServer() { stopWorker(); }

void LspServer::stopWorker() {
  {
    std::lock_guard<std::mutex> G(Lock);
    Stopping = true;
  }
  Wake.notify_all();
  if (Worker.joinable())
    Worker.join();
}

void LspServer::log(int Type, const std::string &Message) {
  T.notify("window/logMessage", Object{{"type", Type}, {"message", Message}});
}

int LspServer::run() {
  std::string Body, Error;
  for (;;) {
    switch (T.read(Body, Error)) {
    case ReadStatus::EndOfInput:
      return 1; // The client went away without "exit".
    case ReadStatus::BadHeader:
      T.replyError(nullptr, ParseError, Error);
      continue;
    case ReadStatus::Message:
      break;
    }
    auto V = llvm::json::parse(Body);
    if (!V) {
      T.replyError(nullptr, ParseError,
                   "invalid JSON: " + llvm::toString(V.takeError()));
      continue;
    }
    if (std::optional<int> Exit = handle(*V))
      return *Exit;
  }
}

std::optional<int> LspServer::handle(const Value &Message) {
  const Object *M = Message.getAsObject();
  if (!M) {
    T.replyError(nullptr, InvalidRequest, "a message must be a JSON object");
    return std::nullopt;
  }
  const Value *Id = M->get("id");
  bool IdOk = Id && (Id->kind() == Value::String || Id->kind() == Value::Number);
  std::optional<llvm::StringRef> Version = M->getString("jsonrpc");
  const Value *MethodV = M->get("method");
  if (!MethodV && (M->get("result") || M->get("error")))
    return std::nullopt; // A response; this server sends no requests.
  if (!Version || *Version != "2.0" || (Id && !IdOk) || !MethodV ||
      !MethodV->getAsString()) {
    T.replyError(IdOk ? *Id : Value(nullptr), InvalidRequest,
                 "not a JSON-RPC 2.0 request or notification");
    return std::nullopt;
  }
  llvm::StringRef Method = *MethodV->getAsString();
  const Value *ParamsV = M->get("params");
  const Object *Params = ParamsV ? ParamsV->getAsObject() : nullptr;
  if (Id) {
    onRequest(*Id, Method, Params);
    return std::nullopt;
  }
  return onNotification(Method, Params);
}

void LspServer::onRequest(const Value &Id, llvm::StringRef Method,
                          const Object *Params) {
  if (ShutdownRequested) {
    T.replyError(Id, InvalidRequest, "the server is shutting down");
    return;
  }
  if (Method == "initialize") {
    if (Initialized) {
      T.replyError(Id, InvalidRequest, "initialize was already received");
      return;
    }
    Initialized = true;
    T.reply(Id, initialize(Params));
    return;
  }
  if (!Initialized) {
    T.replyError(Id, ServerNotInitialized, "initialize must come first");
    return;
  }
  if (Method == "shutdown") {
    ShutdownRequested = true;
    T.reply(Id, nullptr);
    return;
  }
  T.replyError(Id, MethodNotFound, ("unsupported method " + Method).str());
}

std::optional<int> LspServer::onNotification(llvm::StringRef Method,
                                             const Object *Params) {
  if (Method == "exit")
    return ShutdownRequested ? 0 : 1;
  if (!Initialized || ShutdownRequested)
    return std::nullopt;
  bool Doc = Method.starts_with("textDocument/did");
  if (Doc && !Params) {
    log(1, ("consentlint: " + Method + " without params ignored").str());
    return std::nullopt;
  }
  if (Method == "textDocument/didOpen")
    didOpen(*Params);
  else if (Method == "textDocument/didChange")
    didChange(*Params);
  else if (Method == "textDocument/didSave")
    didSave(*Params);
  else if (Method == "textDocument/didClose")
    didClose(*Params);
  // "initialized", "$/..." and anything else need no action.
  return std::nullopt;
}

Object LspServer::initialize(const Object *Params) {
  // UTF-8 saves the conversion when the client can take it; UTF-16 is the
  // protocol's default and what every client understands.
  Encoding = PositionEncoding::UTF16;
  if (Params)
    if (const Object *Caps = Params->getObject("capabilities"))
      if (const Object *General = Caps->getObject("general"))
        if (const Array *Encs = General->getArray("positionEncodings"))
          for (const Value &E : *Encs)
            if (E.getAsString() && *E.getAsString() == "utf-8")
              Encoding = PositionEncoding::UTF8;
  return Object{
      {"capabilities",
       Object{{"positionEncoding", encodingName(Encoding)},
              {"textDocumentSync",
               Object{{"openClose", true},
                      {"change", 1}, // Full.
                      {"save", Object{{"includeText", false}}}}}}},
      {"serverInfo",
       Object{{"name", "consentlint"}, {"version", CONSENTLINT_VERSION}}}};
}

static const Object *textDocument(const Object &Params, std::string &Uri) {
  const Object *D = Params.getObject("textDocument");
  if (!D)
    return nullptr;
  std::optional<llvm::StringRef> U = D->getString("uri");
  if (!U)
    return nullptr;
  Uri = U->str();
  return D;
}

void LspServer::didOpen(const Object &Params) {
  std::string Uri;
  const Object *D = textDocument(Params, Uri);
  std::optional<llvm::StringRef> Text = D ? D->getString("text") : std::nullopt;
  std::string Path = uriToPath(Uri);
  if (!Text || Path.empty()) {
    // Untitled buffers and other schemes have no compile flags: ignored.
    return;
  }
  std::lock_guard<std::mutex> G(Lock);
  Document &Doc = Docs[Uri];
  Doc.Path = absolutePath(Path);
  Doc.Text = Text->str();
  const Value *V = D->get("version");
  Doc.Version = V ? *V : Value(nullptr);
  Doc.Generation = NextGeneration++;
  Doc.Changed = std::chrono::steady_clock::now();
  schedule(Uri);
}

void LspServer::didChange(const Object &Params) {
  std::string Uri;
  const Object *D = textDocument(Params, Uri);
  const Array *Changes = Params.getArray("contentChanges");
  if (!D || !Changes)
    return;
  std::lock_guard<std::mutex> G(Lock);
  auto It = Docs.find(Uri);
  if (It == Docs.end())
    return;
  Document &Doc = It->second;
  for (const Value &C : *Changes) {
    const Object *CO = C.getAsObject();
    std::optional<llvm::StringRef> Text = CO ? CO->getString("text") : std::nullopt;
    if (!Text)
      continue;
    const Object *Range = CO->getObject("range");
    if (!Range) {
      Doc.Text = Text->str();
      continue;
    }
    // Incremental changes are not advertised, but cost little to accept.
    const Object *S = Range->getObject("start"), *E = Range->getObject("end");
    if (!S || !E)
      continue;
    LineTable Lines(Doc.Text);
    auto Offset = [&](const Object *P) {
      return Lines.offset(P->getInteger("line").value_or(0),
                          P->getInteger("character").value_or(0), Encoding);
    };
    size_t B = Offset(S), End = Offset(E);
    if (B > End)
      std::swap(B, End);
    Doc.Text = Doc.Text.substr(0, B) + Text->str() + Doc.Text.substr(End);
  }
  const Value *V = D->get("version");
  Doc.Version = V ? *V : Value(nullptr);
  Doc.Generation = NextGeneration++;
  Doc.Changed = std::chrono::steady_clock::now();
  schedule(Uri);
}

void LspServer::didSave(const Object &Params) {
  std::string Uri;
  if (!textDocument(Params, Uri))
    return;
  std::lock_guard<std::mutex> G(Lock);
  // A saved config or compile database takes effect now; a saved header may
  // change this document's results.
  ReloadConfig = true;
  auto It = Docs.find(Uri);
  if (It == Docs.end())
    return;
  It->second.Generation = NextGeneration++;
  schedule(Uri);
}

void LspServer::didClose(const Object &Params) {
  std::string Uri;
  if (!textDocument(Params, Uri))
    return;
  std::lock_guard<std::mutex> G(Lock);
  if (!Docs.erase(Uri))
    return;
  Queue.erase(std::remove(Queue.begin(), Queue.end(), Uri), Queue.end());
  // Under the lock, so a run that finishes now cannot publish afterwards.
  T.notify("textDocument/publishDiagnostics",
           Object{{"uri", Uri}, {"diagnostics", Array()}});
}

void LspServer::schedule(const std::string &Uri) {
  if (std::find(Queue.begin(), Queue.end(), Uri) == Queue.end())
    Queue.push_back(Uri);
  Wake.notify_all();
}

void LspServer::workerLoop() {
  std::unique_lock<std::mutex> L(Lock);
  for (;;) {
    Wake.wait(L, [&] { return Stopping || !Queue.empty(); });
    if (Stopping)
      return;
    std::string Uri = Queue.front();
    auto It = Docs.find(Uri);
    if (It == Docs.end()) {
      Queue.pop_front();
      continue;
    }
    // Let a burst of keystrokes settle before starting a run.
    auto Ready = It->second.Changed + Opts.Debounce;
    if (std::chrono::steady_clock::now() < Ready) {
      Wake.wait_until(L, Ready);
      continue; // Re-examine: the document may have changed or closed.
    }
    Queue.pop_front();
    std::string Path = It->second.Path, Text = It->second.Text;
    uint64_t Generation = It->second.Generation;
    Value Version = It->second.Version;
    llvm::StringMap<std::string> Open;
    for (const auto &D : Docs)
      Open[D.second.Path] = D.second.Text;
    bool Reload = ReloadConfig;
    ReloadConfig = false;
    PositionEncoding E = Encoding;
    L.unlock();

    if (Reload)
      Analysis->reload();
    Open[Path] = Text;
    Array Diags = analyze(Path, Open, E);

    L.lock();
    It = Docs.find(Uri);
    if (It == Docs.end() || It->second.Generation != Generation)
      continue; // Stale: the newer text is queued already.
    Object Params{{"uri", Uri}, {"diagnostics", std::move(Diags)}};
    if (Version.kind() == Value::Number)
      Params["version"] = Version;
    T.notify("textDocument/publishDiagnostics", std::move(Params));
  }
}

} // namespace lsp
} // namespace consentlint
