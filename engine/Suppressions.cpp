//===- Suppressions.cpp - NOLINT comments with reasons --------------------===//

#include "engine/Suppressions.h"
#include "checks/Check.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <map>
#include <set>

namespace consentlint {

static bool isIdentChar(char C) { return llvm::isAlnum(C) || C == '_'; }

std::vector<NolintComment> parseNolintComments(llvm::StringRef Text) {
  std::vector<NolintComment> Out;
  unsigned LineNo = 0;
  while (!Text.empty()) {
    llvm::StringRef Line;
    std::tie(Line, Text) = Text.split('\n');
    ++LineNo;
    Line = Line.rtrim('\r');
    size_t Pos = 0;
    while ((Pos = Line.find("NOLINT", Pos)) != llvm::StringRef::npos) {
      size_t Start = Pos;
      if (Start > 0 && isIdentChar(Line[Start - 1])) {
        Pos += 6;
        continue;
      }
      NolintComment C;
      C.LineNo = LineNo;
      C.Column = Start + 1;
      llvm::StringRef Rest = Line.drop_front(Start + 6);
      if (Rest.consume_front("NEXTLINE"))
        C.Kind = NolintComment::NextLine;
      else if (Rest.consume_front("BEGIN"))
        C.Kind = NolintComment::Begin;
      else if (Rest.consume_front("END"))
        C.Kind = NolintComment::End;
      Pos = Line.size() - Rest.size();
      if (!Rest.empty() && isIdentChar(Rest.front()))
        continue; // NOLINTFOO is not ours.
      C.EndColumn = Pos + 1;
      if (Rest.consume_front("(")) {
        size_t Close = Rest.find(')');
        if (Close == llvm::StringRef::npos)
          continue; // Malformed: clang-tidy ignores it too.
        C.HasChecks = true;
        C.Checks = Rest.take_front(Close).trim().str();
        Rest = Rest.drop_front(Close + 1);
        Pos = Line.size() - Rest.size();
      }
      llvm::StringRef After = Rest.ltrim();
      if (After.consume_front(":")) {
        // The reason runs to the end of the comment.
        size_t End = After.find("*/");
        C.Reason = After.take_front(End).trim().str();
      }
      C.SourceLine = Line.str();
      Out.push_back(std::move(C));
    }
  }
  return Out;
}

static bool globMatch(llvm::StringRef Glob, llvm::StringRef S) {
  // '*' matches any run of characters; everything else literally.
  size_t Star = Glob.find('*');
  if (Star == llvm::StringRef::npos)
    return Glob == S;
  llvm::StringRef Head = Glob.take_front(Star);
  if (!S.starts_with(Head))
    return false;
  llvm::StringRef GlobRest = Glob.drop_front(Star + 1);
  llvm::StringRef SRest = S.drop_front(Head.size());
  for (size_t I = 0; I <= SRest.size(); ++I)
    if (globMatch(GlobRest, SRest.drop_front(I)))
      return true;
  return false;
}

bool nolintSelects(const NolintComment &C, llvm::StringRef Check,
                   llvm::StringRef RuleId) {
  if (!C.HasChecks)
    return true;
  llvm::SmallVector<llvm::StringRef, 4> Globs;
  llvm::StringRef(C.Checks).split(Globs, ',', -1, false);
  bool Selected = false;
  for (llvm::StringRef G : Globs) {
    G = G.trim();
    bool Negative = G.consume_front("-");
    G = G.trim();
    if (G.empty())
      continue;
    if (globMatch(G, Check) || (!RuleId.empty() && globMatch(G, RuleId)))
      Selected = !Negative;
  }
  return Selected;
}

namespace {

struct Block {
  const NolintComment *Begin;
  unsigned EndLine;
};

/// The NOLINT comments of one file, with BEGIN/END paired.
struct FileNolints {
  std::vector<NolintComment> Comments;
  std::vector<Block> Blocks;
  std::vector<const NolintComment *> Unmatched;
  std::map<unsigned, std::vector<const NolintComment *>> Lines;

  void build() {
    std::vector<const NolintComment *> Stack;
    for (const NolintComment &C : Comments) {
      switch (C.Kind) {
      case NolintComment::Line:
        Lines[C.LineNo].push_back(&C);
        break;
      case NolintComment::NextLine:
        Lines[C.LineNo + 1].push_back(&C);
        break;
      case NolintComment::Begin:
        Stack.push_back(&C);
        break;
      case NolintComment::End: {
        // The most recent BEGIN with the same checks, as clang-tidy does.
        auto It = std::find_if(Stack.rbegin(), Stack.rend(),
                               [&](const NolintComment *B) {
                                 return B->HasChecks == C.HasChecks &&
                                        B->Checks == C.Checks;
                               });
        if (It == Stack.rend()) {
          Unmatched.push_back(&C);
          break;
        }
        Blocks.push_back({*It, C.LineNo});
        Stack.erase(std::next(It).base());
        break;
      }
      }
    }
    Unmatched.insert(Unmatched.end(), Stack.begin(), Stack.end());
  }

  /// The comment that suppresses a finding of Check/RuleId on Line.
  const NolintComment *find(unsigned Line, llvm::StringRef Check,
                            llvm::StringRef RuleId) const {
    auto It = Lines.find(Line);
    if (It != Lines.end())
      for (const NolintComment *C : It->second)
        if (nolintSelects(*C, Check, RuleId))
          return C;
    for (const Block &B : Blocks)
      if (B.Begin->LineNo <= Line && Line <= B.EndLine &&
          nolintSelects(*B.Begin, Check, RuleId))
        return B.Begin;
    return nullptr;
  }
};

} // namespace

const Check &nolintCheck() {
  static const Check C("consentlint-nolint",
                       "Reports NOLINT suppressions that are unmatched or, "
                       "with --require-justification, that give no reason.");
  return C;
}

static Finding nolintFinding(const std::string &File, const NolintComment &C,
                             Level L, llvm::StringRef Rule,
                             const std::string &Message) {
  Finding F;
  F.Check = nolintCheck().name().str();
  F.RuleId = Rule.str();
  F.Severity = L;
  F.Message = Message;
  F.Loc.File = File;
  F.Loc.Line = F.Loc.EndLine = C.LineNo;
  F.Loc.Column = C.Column;
  F.Loc.EndColumn = C.EndColumn;
  F.SourceLine = C.SourceLine;
  return F;
}

static const char *kindName(NolintComment::KindT K) {
  switch (K) {
  case NolintComment::Line:
    return "NOLINT";
  case NolintComment::NextLine:
    return "NOLINTNEXTLINE";
  case NolintComment::Begin:
    return "NOLINTBEGIN";
  case NolintComment::End:
    return "NOLINTEND";
  }
  return "NOLINT";
}

unsigned applySuppressions(std::vector<Finding> &Findings,
                           const SuppressionOptions &Opts,
                           const SourceReader &Read) {
  std::map<std::string, FileNolints> Files;
  auto Load = [&](const std::string &Path) -> FileNolints & {
    auto [It, New] = Files.try_emplace(Path);
    if (New) {
      if (std::optional<std::string> Text = Read(Path))
        It->second.Comments = parseNolintComments(*Text);
      It->second.build();
    }
    return It->second;
  };
  for (const Finding &F : Findings)
    Load(F.Loc.File);
  for (const std::string &P : Opts.ExtraFiles)
    Load(P);

  unsigned Count = 0;
  std::set<const NolintComment *> Unjustified;
  std::vector<Finding> Extra;
  for (Finding &F : Findings) {
    if (F.Suppressed)
      continue;
    const NolintComment *By =
        Load(F.Loc.File).find(F.Loc.Line, F.Check, F.RuleId);
    std::string ByFile = F.Loc.File;
    // A finding inside a macro may be suppressed where the macro is written.
    for (const Note &N : F.Notes) {
      if (By)
        break;
      if (N.Loc.valid() &&
          llvm::StringRef(N.Message).starts_with("expanded from macro")) {
        By = Load(N.Loc.File).find(N.Loc.Line, F.Check, F.RuleId);
        ByFile = N.Loc.File;
      }
    }
    if (!By)
      continue;
    F.Suppressed = true;
    F.SuppressionKind = "inSource";
    F.Justification = By->Reason;
    ++Count;
    if (Opts.RequireJustification && By->Reason.empty() &&
        Unjustified.insert(By).second)
      Extra.push_back(nolintFinding(
          ByFile, *By, Level::Warning, "",
          std::string(kindName(By->Kind)) + " suppresses '" + F.Check +
              "' without a justification; give the reason after a colon, "
              "e.g. '// " + kindName(By->Kind) + "(" + F.Check +
              "): <why this is compliant>'"));
  }
  for (auto &[Path, FN] : Files)
    for (const NolintComment *C : FN.Unmatched)
      Extra.push_back(nolintFinding(
          Path, *C, Level::Error, "",
          C->Kind == NolintComment::Begin
              ? "unmatched 'NOLINTBEGIN' comment without a subsequent "
                "'NOLINTEND' comment; it suppresses nothing"
              : "unmatched 'NOLINTEND' comment without a previous "
                "'NOLINTBEGIN' comment with the same checks"));
  if (!Extra.empty()) {
    Findings.insert(Findings.end(), Extra.begin(), Extra.end());
    std::stable_sort(Findings.begin(), Findings.end());
  }
  return Count;
}

SourceReader makeSourceReader(
    std::function<const std::string *(const std::string &)> Overlay) {
  return [Overlay](const std::string &Path) -> std::optional<std::string> {
    if (Overlay)
      if (const std::string *S = Overlay(Path))
        return *S;
    auto Buf = llvm::MemoryBuffer::getFile(Path);
    if (!Buf)
      return std::nullopt;
    return (*Buf)->getBuffer().str();
  };
}

} // namespace consentlint
