//===- JsonRpc.h - JSON-RPC 2.0 over LSP base-protocol framing --*- C++ -*-===//
//
// The Language Server Protocol's base protocol: ASCII header lines ending in
// "\r\n", a required Content-Length (bytes), an empty line, then a UTF-8
// JSON-RPC 2.0 body. Reading happens on one thread; writing may happen from
// any thread (the analysis worker publishes diagnostics), so send() locks.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_LSP_JSONRPC_H
#define CONSENTLINT_DRIVER_LSP_JSONRPC_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdio>
#include <mutex>
#include <string>

namespace consentlint {
namespace lsp {

/// JSON-RPC 2.0 and LSP error codes.
enum ErrorCode {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  InternalError = -32603,
  ServerNotInitialized = -32002,
  RequestCancelled = -32800,
};

enum class ReadStatus {
  Message,    ///< Body holds one message body (not yet parsed).
  BadHeader,  ///< A header block without a usable Content-Length; skipped.
  EndOfInput, ///< The client closed the stream.
};

class Transport {
public:
  Transport(std::FILE *In, llvm::raw_ostream &Out) : In(In), Out(Out) {}

  /// Reads the next framed message. On BadHeader, \p Error says why; the
  /// reader has consumed the header block and can continue.
  ReadStatus read(std::string &Body, std::string &Error);

  /// Writes \p Message with a Content-Length header; thread-safe.
  void send(const llvm::json::Value &Message);

  void notify(llvm::StringRef Method, llvm::json::Value Params);
  void reply(llvm::json::Value Id, llvm::json::Value Result);
  void replyError(llvm::json::Value Id, int Code, llvm::StringRef Message);

private:
  bool readLine(std::string &Line);

  std::FILE *In;
  llvm::raw_ostream &Out;
  std::mutex WriteLock;
};

} // namespace lsp
} // namespace consentlint

#endif
