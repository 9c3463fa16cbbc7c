//===- LspServer.h - consentlint as a Language Server -----------*- C++ -*-===//
//
// A diagnostics-only language server. The message thread reads and answers
// JSON-RPC messages and records document text; one worker thread analyses
// the newest text of each changed document (unsaved buffers are mapped over
// the files on disk) and publishes its findings. A result whose document has
// changed since the run began is dropped, and only the newest text of a
// document is ever queued, so a burst of edits costs at most one stale run.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_LSP_LSPSERVER_H
#define CONSENTLINT_DRIVER_LSP_LSPSERVER_H

#include "driver/Options.h"
#include "driver/lsp/JsonRpc.h"
#include "driver/lsp/Protocol.h"
#include "engine/DataDirs.h"
#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace consentlint {
class Engine;

namespace lsp {

struct ServerOptions {
  /// Analysis settings as on the command line: -p, flags after "--",
  /// --checks, --config-file, --rules, --extra-arg, --resource-dir, ...
  DriverOptions Driver;
  /// The shipped rule packs and policy data.
  DataDirs Data;
  /// Quiet time after an edit before its analysis starts.
  std::chrono::milliseconds Debounce{50};
};

class LspServer {
public:
  LspServer(ServerOptions Opts, Transport &T);
  ~LspServer();

  /// Serves until "exit" or the end of input; returns the exit code: 0 after
  /// shutdown and exit, 1 otherwise.
  int run();

private:
  struct Document {
    std::string Path; ///< Absolute, symlinks resolved where it exists.
    std::string Text;
    llvm::json::Value Version = nullptr;
    uint64_t Generation = 0;
    std::chrono::steady_clock::time_point Changed;
  };

  /// Returns an exit code when the message was "exit".
  std::optional<int> handle(const llvm::json::Value &Message);
  void onRequest(const llvm::json::Value &Id, llvm::StringRef Method,
                 const llvm::json::Object *Params);
  std::optional<int> onNotification(llvm::StringRef Method,
                                    const llvm::json::Object *Params);
  llvm::json::Object initialize(const llvm::json::Object *Params);
  void didOpen(const llvm::json::Object &Params);
  void didChange(const llvm::json::Object &Params);
  void didSave(const llvm::json::Object &Params);
  void didClose(const llvm::json::Object &Params);
  void log(int Type, const std::string &Message);
  /// The diagnostics of \p Path, whose text \p Open holds with the other
  /// open documents' (worker thread).
  llvm::json::Array analyze(const std::string &Path,
                            const llvm::StringMap<std::string> &Open,
                            PositionEncoding E);

  /// Queues \p Uri for analysis (callers hold Lock).
  void schedule(const std::string &Uri);
  void workerLoop();
  void stopWorker();

  ServerOptions Opts;
  Transport &T;
  PositionEncoding Encoding = PositionEncoding::UTF16;
  bool Initialized = false, ShutdownRequested = false;

  std::mutex Lock; ///< Guards everything below.
  std::condition_variable Wake;
  std::map<std::string, Document> Docs; ///< By URI.
  std::deque<std::string> Queue;        ///< URIs to analyse, each once.
  uint64_t NextGeneration = 1;
  bool Stopping = false, ReloadConfig = false;
  std::unique_ptr<Engine> Analysis; ///< Used by the worker only.
  std::thread Worker;
};

} // namespace lsp
} // namespace consentlint

#endif
