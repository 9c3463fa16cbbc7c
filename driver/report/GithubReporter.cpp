//===- GithubReporter.cpp - GitHub Actions workflow annotations -----------===//

#include "driver/report/GithubReporter.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

namespace consentlint {

std::string escapeGithubData(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '%':
      Out += "%25";
      break;
    case '\r':
      Out += "%0D";
      break;
    case '\n':
      Out += "%0A";
      break;
    default:
      Out += C;
    }
  }
  return Out;
}

std::string escapeGithubProperty(llvm::StringRef S) {
  std::string Out;
  for (char C : escapeGithubData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

static std::vector<const Finding *> reported(const Report &R) {
  std::vector<const Finding *> Out;
  for (const Finding &F : R.Findings)
    if (!F.Suppressed)
      Out.push_back(&F);
  // Errors first, then warnings, then notes; canonical order within.
  std::stable_sort(Out.begin(), Out.end(),
                   [](const Finding *A, const Finding *B) {
                     return A->Severity > B->Severity;
                   });
  return Out;
}

/// The message with its notes, one per line, as the annotation shows it.
static std::string fullMessage(const Finding &F, const std::string &Root) {
  std::string M = F.Message;
  for (const Note &N : F.Notes) {
    M += "\n";
    if (N.Loc.valid())
      M += relativeTo(N.Loc.File, Root) + ":" + std::to_string(N.Loc.Line) +
           ": ";
    M += "note: " + N.Message;
  }
  if (!F.RuleId.empty())
    M += "\nrule: " + F.RuleId;
  if (!F.PolicySection.empty())
    M += "\nprivacy policy \u00a7" + F.PolicySection + " \"" + F.PolicyTitle +
         "\"";
  return M;
}

static const char *command(Level L) {
  return L == Level::Error ? "error" : L == Level::Warning ? "warning"
                                                           : "notice";
}

std::string renderGithub(const Report &R, bool HaveSummary) {
  std::string S;
  llvm::raw_string_ostream OS(S);
  unsigned Shown[3] = {0, 0, 0};
  std::vector<const Finding *> Rest;
  for (const Finding *F : reported(R)) {
    unsigned &N = Shown[static_cast<int>(F->Severity)];
    if (N == GithubAnnotationLimit) {
      Rest.push_back(F);
      continue;
    }
    ++N;
    const Location &L = F->Loc;
    OS << "::" << command(F->Severity)
       << " file=" << escapeGithubProperty(relativeTo(L.File, R.SourceRoot))
       << ",line=" << L.Line;
    unsigned EndLine = L.EndLine ? L.EndLine : L.Line;
    if (EndLine != L.Line)
      OS << ",endLine=" << EndLine;
    OS << ",col=" << L.Column;
    if (EndLine == L.Line && L.EndColumn > L.Column)
      OS << ",endColumn=" << L.EndColumn;
    OS << ",title=" << escapeGithubProperty(F->Check) << "::"
       << escapeGithubData(fullMessage(*F, R.SourceRoot)) << "\n";
  }
  if (!Rest.empty()) {
    // GitHub drops annotations past 10 per severity: keep them in the log,
    // where no line starts with "::", and say where the full list is.
    for (const Finding *F : Rest)
      OS << relativeTo(F->Loc.File, R.SourceRoot) << ":" << F->Loc.Line << ":"
         << F->Loc.Column << ": " << levelName(F->Severity) << ": "
         << F->Message << " [" << F->Check << "]\n";
    OS << "::notice title=consentlint::" << Rest.size()
       << " more finding(s) not shown as annotations (GitHub shows "
       << GithubAnnotationLimit << " per severity), see "
       << (HaveSummary ? "the job summary" : "the log above") << "\n";
  }
  return OS.str();
}

static std::string cell(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '|')
      Out += "\\|";
    else if (C == '\n')
      Out += "<br>";
    else if (C == '\r')
      continue;
    else if (C == '<')
      Out += "&lt;";
    else if (C == '>')
      Out += "&gt;";
    else
      Out += C;
  }
  return Out;
}

std::string renderGithubSummary(const Report &R) {
  constexpr size_t Limit = 1000 * 1000; // GitHub's limit is 1 MiB per step.
  std::vector<const Finding *> All = reported(R);
  unsigned Counts[3] = {0, 0, 0};
  for (const Finding *F : All)
    ++Counts[static_cast<int>(F->Severity)];
  std::string S;
  llvm::raw_string_ostream OS(S);
  OS << "### consentlint\n\n";
  if (All.empty()) {
    OS << "No privacy or consent findings.\n";
    return OS.str();
  }
  OS << Counts[2] << " error(s), " << Counts[1] << " warning(s), " << Counts[0]
     << " note(s).\n\n"
     << "| Severity | Check | Location | Message |\n"
     << "|---|---|---|---|\n";
  size_t Rows = 0;
  for (const Finding *F : All) {
    std::string Row =
        "| " + std::string(levelName(F->Severity)) + " | `" + F->Check +
        "` | `" + cell(relativeTo(F->Loc.File, R.SourceRoot)) + ":" +
        std::to_string(F->Loc.Line) + "` | " + cell(F->Message) + " |\n";
    if (OS.str().size() + Row.size() > Limit) {
      OS << "\n" << All.size() - Rows
         << " more finding(s) omitted to stay under GitHub's 1 MiB summary "
            "limit; see the SARIF or text report.\n";
      break;
    }
    OS << Row;
    ++Rows;
  }
  return OS.str();
}

} // namespace consentlint
