//===- Git.cpp - What git knows: changed lines, staged content ------------===//

#include "driver/Git.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

namespace consentlint {

static llvm::Error fail(const std::string &Msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Msg);
}

static std::string realPath(const std::string &P) {
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(P, Real))
    return std::string(Real);
  return P;
}

llvm::Expected<std::string> runGit(const std::string &Dir,
                                   const std::vector<std::string> &Args) {
  auto Git = llvm::sys::findProgramByName("git");
  if (!Git)
    return fail("error: git is not on PATH");
  llvm::SmallString<128> Out, Err;
  if (llvm::sys::fs::createTemporaryFile("consentlint-git", "out", Out) ||
      llvm::sys::fs::createTemporaryFile("consentlint-git", "err", Err))
    return fail("error: cannot create a temporary file for git's output");
  llvm::FileRemover RmOut(Out), RmErr(Err);
  std::vector<llvm::StringRef> Argv{*Git, "-C", Dir};
  for (const std::string &A : Args)
    Argv.push_back(A);
  std::optional<llvm::StringRef> Redirects[] = {
      llvm::StringRef(""), llvm::StringRef(Out), llvm::StringRef(Err)};
  std::string ErrMsg;
  int RC = llvm::sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0,
                                     0, &ErrMsg);
  auto Read = [](llvm::StringRef P) {
    auto B = llvm::MemoryBuffer::getFile(P);
    return B ? (*B)->getBuffer().str() : std::string();
  };
  if (RC != 0) {
    std::string E = llvm::StringRef(Read(Err)).trim().str();
    std::string Cmd = "git";
    for (const std::string &A : Args)
      Cmd += " " + A;
    return fail("error: '" + Cmd + "' failed" +
                (E.empty() ? (ErrMsg.empty() ? "" : ": " + ErrMsg) : ": " + E));
  }
  return Read(Out);
}

llvm::Expected<std::string> gitTopLevel(const std::string &Dir) {
  auto Out = runGit(Dir, {"rev-parse", "--show-toplevel"});
  if (!Out)
    return Out.takeError();
  return realPath(llvm::StringRef(*Out).trim().str());
}

ChangedLines parseUnifiedDiff(llvm::StringRef Diff, const std::string &Top) {
  ChangedLines C;
  std::string File;
  while (!Diff.empty()) {
    llvm::StringRef Line;
    std::tie(Line, Diff) = Diff.split('\n');
    if (Line.consume_front("+++ ")) {
      File.clear();
      if (Line.consume_front("b/")) {
        llvm::SmallString<256> P(Top);
        llvm::sys::path::append(P, Line.rtrim('\t'));
        File = realPath(std::string(P));
      }
      continue;
    }
    if (!Line.consume_front("@@ ") || File.empty())
      continue;
    // "@@ -a[,b] +c[,d] @@"
    size_t Plus = Line.find('+');
    if (Plus == llvm::StringRef::npos)
      continue;
    llvm::StringRef New = Line.drop_front(Plus + 1).split(' ').first;
    llvm::StringRef StartS, CountS;
    std::tie(StartS, CountS) = New.split(',');
    unsigned Start = 0, Count = 1;
    if (StartS.getAsInteger(10, Start) ||
        (!CountS.empty() && CountS.getAsInteger(10, Count)))
      continue;
    if (Count == 0)
      continue; // Pure deletion.
    C.Ranges[File].push_back({Start, Start + Count - 1});
  }
  return C;
}

llvm::Expected<ChangedLines> changedLinesSince(const std::string &Rev,
                                               const std::string &Dir) {
  auto Top = gitTopLevel(Dir);
  if (!Top)
    return fail("error: --new-since needs a git work tree: " +
                llvm::toString(Top.takeError()));
  auto Verified = runGit(*Top, {"rev-parse", "--verify", "--quiet",
                                "--end-of-options", Rev + "^{commit}"});
  if (!Verified)
    return fail("error: --new-since: unknown git revision '" + Rev +
                "' (in " + *Top + "); fetch it first, e.g. git fetch origin " +
                Rev);
  // Like a pull request: changes since the merge base, so commits that
  // landed on the target branch meanwhile do not count.
  std::string Base = llvm::StringRef(*Verified).trim().str();
  if (auto MB = runGit(*Top, {"merge-base", Base, "HEAD"}))
    Base = llvm::StringRef(*MB).trim().str();
  else
    llvm::consumeError(MB.takeError());
  auto Diff = runGit(*Top, {"diff", "-U0", "--no-color", "--no-ext-diff",
                            "--no-renames", Base, "--"});
  if (!Diff)
    return Diff.takeError();
  ChangedLines C = parseUnifiedDiff(*Diff, *Top);
  auto Untracked =
      runGit(*Top, {"ls-files", "--others", "--exclude-standard", "-z"});
  if (!Untracked)
    return Untracked.takeError();
  llvm::SmallVector<llvm::StringRef, 16> Names;
  llvm::StringRef(*Untracked).split(Names, '\0', -1, false);
  for (llvm::StringRef N : Names) {
    llvm::SmallString<256> P(*Top);
    llvm::sys::path::append(P, N);
    C.WholeFiles.insert(realPath(std::string(P)));
  }
  return C;
}

llvm::Expected<llvm::StringMap<std::string>>
stagedContent(const std::string &Dir, const std::vector<std::string> &Files) {
  auto Top = gitTopLevel(Dir);
  if (!Top)
    return fail("error: --staged needs a git work tree: " +
                llvm::toString(Top.takeError()));
  std::vector<std::string> Rel;
  auto Modified = runGit(*Top, {"diff", "--name-only", "-z", "--no-renames"});
  if (!Modified)
    return Modified.takeError();
  llvm::SmallVector<llvm::StringRef, 16> Names;
  llvm::StringRef(*Modified).split(Names, '\0', -1, false);
  for (llvm::StringRef N : Names)
    Rel.push_back(N.str());
  for (const std::string &F : Files) {
    llvm::StringRef P(F);
    if (P.starts_with(*Top) && P.size() > Top->size() && P[Top->size()] == '/')
      Rel.push_back(P.drop_front(Top->size() + 1).str());
  }
  std::sort(Rel.begin(), Rel.end());
  Rel.erase(std::unique(Rel.begin(), Rel.end()), Rel.end());
  llvm::StringMap<std::string> Out;
  for (const std::string &R : Rel) {
    auto Blob = runGit(*Top, {"cat-file", "blob", ":" + R});
    if (!Blob) { // Not in the index (deleted or untracked): use the disk.
      llvm::consumeError(Blob.takeError());
      continue;
    }
    llvm::SmallString<256> P(*Top);
    llvm::sys::path::append(P, R);
    Out[realPath(std::string(P))] = std::move(*Blob);
  }
  return Out;
}

} // namespace consentlint
