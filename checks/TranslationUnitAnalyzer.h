//===- TranslationUnitAnalyzer.h - One unit to a consent summary -*- C++ -*-=//
//
// Walks a parsed translation unit once (project code only, never system
// headers), matches rule-pack APIs by name, lets each check describe its
// matches, learns which variables and helpers hold consent, runs the CFG
// consent dataflow where a body has consent checks, and returns the unit's
// summary for the ProgramLinker.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_TRANSLATIONUNITANALYZER_H
#define CONSENTLINT_CHECKS_TRANSLATIONUNITANALYZER_H

#include "checks/CheckRegistry.h"
#include "checks/consent/ProgramSummary.h"
#include "checks/match/RuleSet.h"

namespace clang {
class ASTContext;
} // namespace clang

namespace consentlint {

struct AnalyzerOptions {
  /// Report sinks in these files only (empty: every non-system file).
  std::vector<std::string> OnlyFiles;
  /// Path globs of vendored code, analysed like system headers: not at all.
  /// They match paths relative to ExcludeRoot; paths outside it never do.
  std::vector<std::string> Exclude;
  std::string ExcludeRoot;
};

/// Analyses \p Ctx's translation unit with \p Rules for the enabled checks.
TUSummary analyzeTranslationUnit(clang::ASTContext &Ctx, const RuleSet &Rules,
                                 const CheckGlobs &Checks,
                                 const AnalyzerOptions &Opts = {});

} // namespace consentlint

#endif
