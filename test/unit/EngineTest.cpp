//===- EngineTest.cpp - The engine behind every front end -----------------===//

#include "engine/Engine.h"
#include "engine/FindingNotes.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"

using namespace consentlint;

namespace {

EngineOptions options() {
  EngineOptions O;
  O.Data.Rules = CONSENTLINT_TEST_PACKS;
  O.Data.Policy = CONSENTLINT_TEST_POLICY_DATA;
  O.Database.HaveCompilerArgs = true;
  O.Database.CompilerArgs = {"-x", "c++", "-std=c++17"};
  O.Schedule.Quiet = true;
  O.Log = [](const std::string &) {};
  return O;
}

/// A path for a document that need not exist (its text is an overlay).
std::string documentPath(llvm::StringRef Name) {
  llvm::SmallString<256> P;
  llvm::sys::fs::current_path(P);
  llvm::sys::path::append(P, Name);
  return std::string(P);
}

TEST(Engine, CompilerErrorsAreValues) {
  Engine E(options());
  std::string Path = documentPath("engine-test-error.cpp");
  llvm::StringMap<std::string> Open;
  Open[Path] = "int f() {\n  return undeclared;\n}\n";
  auto R = E.analyzeDocument(Path, Open);
  ASSERT_TRUE(!!R) << llvm::toString(R.takeError());
  ASSERT_FALSE(R->Compiler.empty());
  const CompilerDiagnostic &D = R->Compiler.front();
  EXPECT_EQ(D.Severity, Level::Error);
  EXPECT_EQ(D.File, Path);
  EXPECT_EQ(D.Line, 2u);
  EXPECT_EQ(D.Column, 10u);
  EXPECT_EQ(D.Message, "use of undeclared identifier 'undeclared'");
  EXPECT_TRUE(R->Findings.empty());
}

TEST(Engine, CleanDocumentHasNoDiagnostics) {
  Engine E(options());
  std::string Path = documentPath("engine-test-clean.cpp");
  llvm::StringMap<std::string> Open;
  Open[Path] = "int f() { return 1; }\n";
  auto R = E.analyzeDocument(Path, Open);
  ASSERT_TRUE(!!R) << llvm::toString(R.takeError());
  EXPECT_TRUE(R->Compiler.empty());
  EXPECT_TRUE(R->Findings.empty());
  EXPECT_TRUE(R->PolicyError.empty());
}

TEST(Engine, MissingRulePacksSayWhatToSet) {
  EngineOptions O = options();
  O.Data.Rules = "/nonexistent/consentlint/rules";
  Engine E(std::move(O));
  auto P = E.profileFor(documentPath("x.cpp"));
  ASSERT_FALSE(!!P);
  std::string Message = llvm::toString(P.takeError());
  EXPECT_NE(Message.find("/nonexistent/consentlint/rules"), std::string::npos);
  EXPECT_NE(Message.find("CONSENTLINT_RULES_DIR"), std::string::npos);
}

TEST(FindingNotes, RuleThenPolicySection) {
  Finding F;
  F.Loc = {"/src/a.cpp", 3, 5, 0, 0};
  F.RuleId = "ads.x.load";
  F.Vendor = "X Ads";
  F.PolicySection = "2";
  F.PolicyTitle = "Advertising";
  F.PolicyLoc = {"/src/PRIVACY.md", 7, 1, 0, 0};
  std::vector<Note> N = closingNotes(F);
  ASSERT_EQ(N.size(), 2u);
  EXPECT_EQ(N[0].Message, "matched rule 'ads.x.load' (X Ads)");
  EXPECT_EQ(N[0].Loc, F.Loc);
  EXPECT_EQ(N[1].Message, "covered by privacy policy \u00a72 \"Advertising\"");
  EXPECT_EQ(N[1].Loc, F.PolicyLoc);
  F.RuleId.clear();
  F.PolicyLoc = Location();
  N = closingNotes(F);
  ASSERT_EQ(N.size(), 1u);
  EXPECT_EQ(N[0].Loc, F.Loc); // A heading without a position: at the finding.
}

} // namespace
