//===- ConditionEvaluatorTest.cpp - Consent facts of conditions -----------===//
//
// Builds small ASTs and asks the evaluator and the dataflow what consent a
// condition or a statement establishes.
//
//===----------------------------------------------------------------------===//

#include "checks/CheckRegistry.h"
#include "checks/consent/ConditionEvaluator.h"
#include "checks/consent/ConsentFlow.h"
#include "rules/loader/LoadRulePack.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace consentlint;
using namespace clang;

namespace {

const char *Pack = R"(pack: t
gates:
  - id: ok
    purposes: [analytics]
    apis: [{function: consentOk}]
  - id: status
    purposes: [advertising]
    granted: {equals: [Authorized]}
    apis: [{function: status}]
  - id: notreq
    kind: not-required
    purposes: [analytics]
    granted: {equals: ["false"]}
    apis: [{function: gdprApplies}]
)";

const char *Prelude = R"(
enum Status { NotDetermined, Denied, Authorized };
bool consentOk();
Status status();
bool gdprApplies();
void sink();
)";

struct Harness {
  PurposeTable T;
  std::unique_ptr<RuleSet> Rules;
  std::unique_ptr<ASTUnit> AST;
  ConsentBindings Bindings;
  std::unique_ptr<ApiMatcher> Matcher;
  std::unique_ptr<ConditionEvaluator> Eval;
  PurposeSet Analytics = 0, Ads = 0;

  explicit Harness(const std::string &Code) {
    auto P = rules::parseRulePack(Pack, "t.yaml");
    std::vector<rules::RulePack> Packs;
    Packs.push_back(std::move(*P));
    Rules = std::move(*RuleSet::build(std::move(Packs), T, CheckRegistry::get()));
    Analytics = T.lookup("analytics");
    Ads = T.lookup("advertising");
    AST = tooling::buildASTFromCodeWithArgs(Prelude + Code, {"-std=c++17"});
    Matcher = std::make_unique<ApiMatcher>(*Rules, AST->getASTContext());
    Eval = std::make_unique<ConditionEvaluator>(*Matcher, *Rules, Bindings,
                                                AST->getASTContext());
  }

  FunctionDecl *fn(llvm::StringRef Name) {
    for (Decl *D : AST->getASTContext().getTranslationUnitDecl()->decls())
      if (auto *FD = dyn_cast<FunctionDecl>(D))
        if (FD->getName() == Name && FD->hasBody())
          return FD;
    return nullptr;
  }

  /// Facts of the condition of the first if statement in f().
  ConsentFacts condition() {
    struct Finder : RecursiveASTVisitor<Finder> {
      IfStmt *If = nullptr;
      bool VisitIfStmt(IfStmt *S) {
        if (!If)
          If = S;
        return true;
      }
    } F;
    F.TraverseDecl(fn("f"));
    return Eval->eval(F.If->getCond());
  }

  /// Consent established where f() calls sink().
  PurposeSet atSink() {
    FunctionDecl *FD = fn("f");
    ConsentFlow Flow(FD, FD->getBody(), AST->getASTContext(), *Eval);
    struct Finder : RecursiveASTVisitor<Finder> {
      CallExpr *Sink = nullptr;
      bool VisitCallExpr(CallExpr *C) {
        if (auto *D = C->getDirectCallee())
          if (D->getName() == "sink")
            Sink = C;
        return true;
      }
    } F;
    F.TraverseDecl(FD);
    return Flow.consentAt(F.Sink);
  }
};

TEST(ConditionEvaluator, GateAndPolarity) {
  Harness H("void f() { if (consentOk()) sink(); }");
  EXPECT_EQ(H.condition().WhenTrue, H.Analytics);
  EXPECT_EQ(H.condition().WhenFalse, 0u);
  Harness N("void f() { if (!consentOk()) sink(); }");
  EXPECT_EQ(N.condition().WhenFalse, N.Analytics);
  Harness E("void f() { if (consentOk() == false) sink(); }");
  EXPECT_EQ(E.condition().WhenFalse, E.Analytics);
}

TEST(ConditionEvaluator, StatusComparisons) {
  Harness Eq("void f() { if (status() == Authorized) sink(); }");
  EXPECT_EQ(Eq.condition().WhenTrue, Eq.Ads);
  Harness Ne("void f() { if (status() != Authorized) sink(); }");
  EXPECT_EQ(Ne.condition().WhenFalse, Ne.Ads);
  EXPECT_EQ(Ne.condition().WhenTrue, 0u);
  Harness Denied("void f() { if (status() == Denied) return; sink(); }");
  EXPECT_EQ(Denied.condition().WhenFalse, 0u); // Not denied is not granted.
}

TEST(ConditionEvaluator, ShortCircuitAndNotRequired) {
  Harness A("void f() { if (gdprApplies() && !consentOk()) return; sink(); }");
  EXPECT_EQ(A.condition().WhenFalse, A.Analytics);
  Harness O("void f() { if (!gdprApplies() || consentOk()) sink(); }");
  EXPECT_EQ(O.condition().WhenTrue, O.Analytics);
}

TEST(ConsentFlow, GuardsAndJoins) {
  EXPECT_NE(Harness("void f() { if (!consentOk()) return; sink(); }").atSink(), 0u);
  EXPECT_EQ(Harness("void f() { if (consentOk()) {} sink(); }").atSink(), 0u);
  EXPECT_NE(Harness("void f() { if (gdprApplies() && !consentOk()) return; "
                    "sink(); }")
                .atSink(),
            0u);
  EXPECT_NE(Harness("void f() { switch (status()) { case Authorized: sink(); "
                    "break; default: break; } }")
                .atSink(),
            0u);
  EXPECT_EQ(Harness("void f() { switch (status()) { case Denied: sink(); "
                    "break; default: break; } }")
                .atSink(),
            0u);
  EXPECT_NE(Harness("void f() { while (!consentOk()) {} sink(); }").atSink(), 0u);
  EXPECT_EQ(Harness("void f() { sink(); if (!consentOk()) return; }").atSink(), 0u);
  EXPECT_NE(Harness("void f() { consentOk() ? sink() : (void)0; }").atSink(), 0u);
}

} // namespace
