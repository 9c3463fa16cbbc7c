//===- JsonRpc.cpp - JSON-RPC 2.0 over LSP base-protocol framing ----------===//

#include "driver/lsp/JsonRpc.h"
#include "llvm/ADT/StringExtras.h"
#include <cstring>

namespace consentlint {
namespace lsp {

/// One header line without its line ending; false at end of input.
bool Transport::readLine(std::string &Line) {
  Line.clear();
  for (;;) {
    int C = std::fgetc(In);
    if (C == EOF)
      return !Line.empty();
    if (C == '\n') {
      if (!Line.empty() && Line.back() == '\r')
        Line.pop_back();
      return true;
    }
    Line.push_back(static_cast<char>(C));
    // A header line this long is not a header: stop buffering it.
    if (Line.size() > 4096)
      Line.erase(0, Line.size() - 64);
  }
}

ReadStatus Transport::read(std::string &Body, std::string &Error) {
  Body.clear();
  std::string Line;
  bool SawHeader = false;
  bool HaveLength = false, BadLength = false;
  uint64_t Length = 0;
  for (;;) {
    if (!readLine(Line))
      return ReadStatus::EndOfInput;
    if (Line.empty()) {
      if (!SawHeader)
        continue; // Stray blank line between messages.
      break;
    }
    SawHeader = true;
    // Found anywhere in the line, so a header after an unframed body
    // ("{...}Content-Length: 42") still resynchronises the stream.
    size_t At = llvm::StringRef(Line).find_insensitive("content-length:");
    if (At != llvm::StringRef::npos) {
      llvm::StringRef Value =
          llvm::StringRef(Line).drop_front(At + strlen("content-length:"));
      HaveLength = !Value.trim().getAsInteger(10, Length);
      BadLength = !HaveLength;
    }
  }
  if (!HaveLength) {
    Error = BadLength ? "invalid Content-Length header"
                      : "message without a Content-Length header";
    return ReadStatus::BadHeader;
  }
  if (Length > (uint64_t(1) << 30)) {
    Error = "Content-Length " + std::to_string(Length) + " is too large";
    return ReadStatus::BadHeader;
  }
  Body.resize(Length);
  size_t Got = Length ? std::fread(&Body[0], 1, Length, In) : 0;
  if (Got != Length)
    return ReadStatus::EndOfInput;
  return ReadStatus::Message;
}

void Transport::send(const llvm::json::Value &Message) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << Message;
  OS.flush();
  std::lock_guard<std::mutex> G(WriteLock);
  Out << "Content-Length: " << Text.size() << "\r\n\r\n" << Text;
  Out.flush();
}

void Transport::notify(llvm::StringRef Method, llvm::json::Value Params) {
  send(llvm::json::Object{
      {"jsonrpc", "2.0"}, {"method", Method}, {"params", std::move(Params)}});
}

void Transport::reply(llvm::json::Value Id, llvm::json::Value Result) {
  send(llvm::json::Object{
      {"jsonrpc", "2.0"}, {"id", std::move(Id)}, {"result", std::move(Result)}});
}

void Transport::replyError(llvm::json::Value Id, int Code,
                           llvm::StringRef Message) {
  send(llvm::json::Object{
      {"jsonrpc", "2.0"},
      {"id", std::move(Id)},
      {"error", llvm::json::Object{{"code", Code}, {"message", Message}}}});
}

} // namespace lsp
} // namespace consentlint
