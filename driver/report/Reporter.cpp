//===- Reporter.cpp - The report formats, one table entry each ------------===//

#include "driver/report/Reporter.h"
#include "driver/report/GithubReporter.h"
#include "driver/report/GitlabReporter.h"
#include "driver/report/SarifReporter.h"
#include "driver/report/TextReporter.h"

namespace consentlint {

static std::string text(const Report &R, const RenderOptions &O) {
  return renderText(R, O.ShowSource, O.Cwd);
}
static std::string sarif(const Report &R, const RenderOptions &) {
  return renderSarif(R);
}
static std::string github(const Report &R, const RenderOptions &O) {
  return renderGithub(R, O.StepSummary);
}
static std::string gitlab(const Report &R, const RenderOptions &) {
  return renderGitlab(R);
}

static const Reporter Table[] = {
    {"text", nullptr, "compiler-style diagnostics", text, nullptr},
    {"sarif", nullptr, "SARIF 2.1.0 for code scanning", sarif, nullptr},
    {"github", "github-annotations", "workflow annotations", github,
     renderGithubSummary},
    {"gitlab", "gitlab-codequality", "Code Quality JSON", gitlab, nullptr},
};

llvm::ArrayRef<Reporter> reporters() { return Table; }

const Reporter *findReporter(llvm::StringRef Name) {
  for (const Reporter &R : Table)
    if (Name == R.Name || (R.Alias && Name == R.Alias))
      return &R;
  return nullptr;
}

std::string reporterNames(llvm::StringRef Separator, llvm::StringRef Last) {
  std::string S;
  size_t N = std::size(Table);
  for (size_t I = 0; I < N; ++I)
    S += (I == 0       ? ""
          : I + 1 == N ? Last.str()
                       : Separator.str()) +
         Table[I].Name;
  return S;
}

std::string reporterHelp() {
  std::string S;
  for (const Reporter &R : Table)
    S += (S.empty() ? "" : ", ") + std::string(R.Name) + " (" + R.Description +
         ")";
  return S;
}

} // namespace consentlint
