//===- TextReporter.cpp - Compiler-style diagnostics ----------------------===//

#include "driver/report/TextReporter.h"
#include "engine/FindingNotes.h"
#include "llvm/Support/raw_ostream.h"

namespace consentlint {

static void caret(llvm::raw_ostream &OS, const std::string &Line,
                  unsigned Column, unsigned EndColumn) {
  OS << Line << "\n";
  // Keep tabs so the caret lines up under the source, like clang.
  std::string Pad;
  for (unsigned I = 0; I + 1 < Column && I < Line.size(); ++I)
    Pad += Line[I] == '\t' ? '\t' : ' ';
  OS << Pad << "^";
  if (EndColumn > Column + 1)
    OS << std::string(std::min<unsigned>(EndColumn - Column - 1, 200), '~');
  OS << "\n";
}

static std::string where(const Location &L, const std::string &Cwd) {
  return relativeTo(L.File, Cwd) + ":" + std::to_string(L.Line) + ":" +
         std::to_string(L.Column);
}

std::string renderText(const Report &R, bool ShowSource, const std::string &Cwd) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  for (const Finding &F : R.Findings) {
    if (F.Suppressed)
      continue;
    OS << where(F.Loc, Cwd) << ": " << levelName(F.Severity) << ": " << F.Message
       << " [" << F.Check << "]\n";
    if (ShowSource && !F.SourceLine.empty())
      caret(OS, F.SourceLine, F.Loc.Column,
            F.Loc.EndLine == F.Loc.Line ? F.Loc.EndColumn : F.Loc.Column + 1);
    for (const Note &N : F.Notes) {
      if (N.Loc.valid())
        OS << where(N.Loc, Cwd) << ": note: " << N.Message << "\n";
      else
        OS << where(F.Loc, Cwd) << ": note: " << N.Message << "\n";
      if (ShowSource && N.Loc.valid() && !N.SourceLine.empty())
        caret(OS, N.SourceLine, N.Loc.Column, N.Loc.Column + 1);
    }
    for (const Note &N : closingNotes(F))
      OS << where(N.Loc, Cwd) << ": note: " << N.Message << "\n";
  }
  return OS.str();
}

} // namespace consentlint
