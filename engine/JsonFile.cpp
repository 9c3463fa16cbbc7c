//===- JsonFile.cpp - Read a JSON file with positioned errors -------------===//

#include "engine/JsonFile.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Regex.h"

namespace consentlint {

llvm::Expected<llvm::json::Value> readJsonFile(llvm::StringRef Path,
                                               llvm::StringRef What,
                                               llvm::StringRef Hint) {
  auto Fail = [&](const std::string &Msg) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Msg + Hint.str());
  };
  auto Buf = llvm::MemoryBuffer::getFile(Path);
  if (!Buf)
    return Fail(Path.str() + ": error: cannot read " + What.str() + ": " +
                Buf.getError().message());
  auto V = llvm::json::parse((*Buf)->getBuffer());
  if (V)
    return std::move(*V);
  // llvm::json reports the position as "[line:col, byte=N]".
  std::string Msg = llvm::toString(V.takeError());
  llvm::Regex Pos("\\[([0-9]+):([0-9]+), byte=[0-9]+\\]");
  llvm::SmallVector<llvm::StringRef, 3> M;
  std::string Where = Path.str() + (Pos.match(Msg, &M)
                                        ? ":" + M[1].str() + ":" + M[2].str()
                                        : std::string(":1:1"));
  return Fail(Where + ": error: invalid " + What.str() + ": " + Msg);
}

llvm::json::Array toJsonArray(const std::vector<std::string> &Strings) {
  llvm::json::Array A;
  for (const std::string &S : Strings)
    A.push_back(S);
  return A;
}

} // namespace consentlint
