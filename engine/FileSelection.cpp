//===- FileSelection.cpp - Shards and pre-commit file lists ---------------===//

#include "engine/FileSelection.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <set>

namespace consentlint {

uint64_t shardHash(llvm::StringRef RelPath) {
  uint64_t H = 14695981039346656037ull;
  for (unsigned char C : RelPath) {
    H ^= C == '\\' ? '/' : C;
    H *= 1099511628211ull;
  }
  return H;
}

std::vector<std::string> shardSlice(const std::vector<std::string> &Files,
                                    const std::string &SourceRoot, unsigned K,
                                    unsigned N) {
  std::vector<std::string> Out;
  for (const std::string &F : Files) {
    llvm::StringRef Rel(F);
    if (!SourceRoot.empty() && Rel.starts_with(SourceRoot) &&
        Rel.size() > SourceRoot.size() && Rel[SourceRoot.size()] == '/')
      Rel = Rel.drop_front(SourceRoot.size() + 1);
    if (shardHash(Rel) % N == K - 1)
      Out.push_back(F);
  }
  return Out;
}

bool isHeaderFile(llvm::StringRef Path) {
  llvm::StringRef Ext = llvm::sys::path::extension(Path);
  return Ext == ".h" || Ext == ".hh" || Ext == ".hpp" || Ext == ".hxx" ||
         Ext == ".h++" || Ext == ".inc" || Ext == ".inl" || Ext == ".ipp" ||
         Ext == ".tcc";
}

static std::string realPath(llvm::StringRef P) {
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(P, Real))
    return std::string(Real);
  return P.str();
}

/// The include paths of #include/#import lines in \p Text.
static std::vector<std::string> includedNames(llvm::StringRef Text) {
  std::vector<std::string> Out;
  while (!Text.empty()) {
    llvm::StringRef Line;
    std::tie(Line, Text) = Text.split('\n');
    Line = Line.ltrim();
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim();
    if (!Line.consume_front("include") && !Line.consume_front("import"))
      continue;
    Line = Line.ltrim();
    if (Line.empty())
      continue;
    char Close = Line.front() == '<' ? '>' : Line.front() == '"' ? '"' : 0;
    if (!Close)
      continue;
    size_t End = Line.find(Close, 1);
    if (End != llvm::StringRef::npos)
      Out.push_back(Line.substr(1, End - 1).str());
  }
  return Out;
}

/// Whether #include "Name" in \p Includer can mean \p Header: same path
/// relative to the includer, or \p Header ends with Name's components.
static bool mayInclude(llvm::StringRef Includer, llvm::StringRef Name,
                       llvm::StringRef Header) {
  llvm::SmallString<256> Rel(llvm::sys::path::parent_path(Includer));
  llvm::sys::path::append(Rel, Name);
  llvm::sys::path::remove_dots(Rel, true);
  if (Rel == Header || realPath(Rel) == Header)
    return true;
  std::string Suffix = "/" + Name.str();
  return Header.ends_with(Suffix);
}

std::vector<std::string>
hookModeUnits(const clang::tooling::CompilationDatabase &DB,
              const std::vector<std::string> &Given, bool Quiet) {
  std::vector<std::string> All = DB.getAllFiles();
  std::set<std::string> Listed;
  for (const std::string &F : All)
    Listed.insert(realPath(F));
  std::vector<std::string> Out;
  std::vector<std::pair<std::string, std::vector<std::string>>> Includes;
  bool Scanned = false;
  for (const std::string &G : Given) {
    if (!isHeaderFile(G) || Listed.count(G)) {
      Out.push_back(G);
      continue;
    }
    if (!Scanned) {
      for (const std::string &F : All)
        if (auto Buf = llvm::MemoryBuffer::getFile(F))
          Includes.push_back({realPath(F), includedNames((*Buf)->getBuffer())});
      std::sort(Includes.begin(), Includes.end());
      Scanned = true;
    }
    std::string Unit;
    for (const auto &[File, Names] : Includes) {
      for (const std::string &N : Names)
        if (mayInclude(File, N, G)) {
          Unit = File;
          break;
        }
      if (!Unit.empty())
        break;
    }
    if (Unit.empty()) {
      if (!Quiet)
        llvm::errs() << G
                     << ": note: skipped: no file in the compilation database "
                        "includes this header directly\n";
      continue;
    }
    Out.push_back(Unit);
  }
  std::sort(Out.begin(), Out.end());
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

} // namespace consentlint
