//===- ProgramLinkerTest.cpp - Cross-unit consent linking -----------------===//

#include "checks/consent/ProgramSummary.h"
#include "gtest/gtest.h"

using namespace consentlint;

namespace {

struct Fixture : ::testing::Test {
  PurposeTable T;
  PurposeSet Ads = T.intern("advertising");
  PurposeSet Analytics = T.intern("analytics");

  static FunctionSummary fn(std::string Id, std::string Entry = "") {
    FunctionSummary F;
    F.Id = Id;
    F.Name = Id;
    F.Loc.File = "/p/" + Id + ".cpp";
    F.Loc.Line = 1;
    F.EntryReason = Entry;
    return F;
  }
  static CallSummary call(std::string From, std::string To, PurposeSet C,
                          unsigned Line = 10) {
    CallSummary S;
    S.Caller = From;
    S.Callee = To;
    S.Consent = C;
    S.Loc.File = "/p/" + From + ".cpp";
    S.Loc.Line = Line;
    return S;
  }
  SinkSummary sink(std::string In, PurposeSet Required, PurposeSet Local = 0) {
    SinkSummary K;
    K.Function = In;
    K.Required = Required;
    K.Local = Local;
    K.Subject = "call to 'ads'";
    K.Action = "loads an ad";
    K.Base.Check = "consent-ad-sdk";
    K.Base.RuleId = "r";
    K.Base.Loc.File = "/p/" + In + ".cpp";
    K.Base.Loc.Line = 5;
    return K;
  }
};

TEST_F(Fixture, GatedAtEveryCallSiteAcrossUnits) {
  ProgramLinker L(T);
  TUSummary A, B;
  A.Functions = {fn("main", "main"), fn("menu")};
  A.Calls = {call("main", "menu", 0), call("menu", "showAd", Ads, 20)};
  B.Functions = {fn("showAd")};
  B.Sinks = {sink("showAd", Ads)};
  L.add(A);
  L.add(B);
  EXPECT_TRUE(L.link().empty());
  EXPECT_EQ(L.contextOf("showAd"), Ads);
}

TEST_F(Fixture, OneUngatedCallerIsEnoughAndNamesThePath) {
  ProgramLinker L(T);
  TUSummary A;
  A.Functions = {fn("main", "main"), fn("level"), fn("showAd")};
  A.Calls = {call("main", "level", 0, 3), call("level", "showAd", 0, 7),
             call("main", "showAd", Ads, 9)};
  A.Sinks = {sink("showAd", Ads)};
  L.add(A);
  auto F = L.link();
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Message,
            "call to 'ads' loads an ad without a consent check for advertising");
  ASSERT_EQ(F[0].Flow.size(), 4u);
  EXPECT_EQ(F[0].Flow[0].Message, "'main' is an entry point (main)");
  EXPECT_EQ(F[0].Flow[1].Loc.Line, 3u);
  EXPECT_EQ(F[0].Flow[2].Loc.Line, 7u);
}

TEST_F(Fixture, WrongPurposeAtCallSiteIsUngated) {
  ProgramLinker L(T);
  TUSummary A;
  A.Functions = {fn("main", "main"), fn("showAd")};
  A.Calls = {call("main", "showAd", Analytics)};
  A.Sinks = {sink("showAd", Ads)};
  L.add(A);
  ASSERT_EQ(L.link().size(), 1u);
}

TEST_F(Fixture, EntriesAndFunctionsWithoutCallersAreUngated) {
  ProgramLinker L(T);
  TUSummary A;
  A.Functions = {fn("handler", "virtual method"), fn("orphan")};
  A.Sinks = {sink("handler", Ads), sink("orphan", Ads)};
  A.Sinks[1].Base.Loc.Line = 6;
  L.add(A);
  EXPECT_EQ(L.link().size(), 2u);
}

TEST_F(Fixture, LocalConsentGates) {
  ProgramLinker L(T);
  TUSummary A;
  A.Functions = {fn("main", "main")};
  A.Sinks = {sink("main", Ads | Analytics, Ads | Analytics)};
  L.add(A);
  EXPECT_TRUE(L.link().empty());
}

TEST_F(Fixture, RecursionTerminatesAndUnreachedCyclesAreEntries) {
  ProgramLinker L(T);
  TUSummary A;
  A.Functions = {fn("a"), fn("b")};
  A.Calls = {call("a", "b", Ads), call("b", "a", Ads)};
  A.Sinks = {sink("b", Ads)};
  L.add(A);
  // Neither a nor b is reached from an entry: both are treated as entries,
  // so recursion never makes the sink look gated.
  EXPECT_EQ(L.link().size(), 1u);
}

TEST_F(Fixture, GatedRecursionStaysGated) {
  ProgramLinker L(T);
  TUSummary A;
  A.Functions = {fn("main", "main"), fn("walk")};
  A.Calls = {call("main", "walk", Ads, 2), call("walk", "walk", 0, 3)};
  A.Sinks = {sink("walk", Ads)};
  L.add(A);
  EXPECT_TRUE(L.link().empty());
}

TEST_F(Fixture, DuplicateSinksFromHeadersAreReportedOnce) {
  ProgramLinker L(T);
  TUSummary A, B;
  A.Functions = {fn("inl", "exported")};
  A.Sinks = {sink("inl", Ads)};
  B = A;
  L.add(A);
  L.add(B);
  EXPECT_EQ(L.link().size(), 1u);
}

TEST_F(Fixture, CallsOfABaseMethodReachItsOverridesInOtherUnits) {
  ProgramLinker L(T);
  TUSummary A, B;
  // Unit A calls Tracker::track (pure virtual, defined nowhere) under consent.
  A.Functions = {fn("main", "main")};
  A.Calls = {call("main", "Tracker::track", Ads)};
  // Unit B defines two levels of overrides.
  B.Functions = {fn("Firebase::track"), fn("Verbose::track")};
  B.Functions[0].Overrides = {"Tracker::track"};
  B.Functions[1].Overrides = {"Firebase::track"};
  B.Sinks = {sink("Firebase::track", Ads), sink("Verbose::track", Ads)};
  B.Sinks[1].Base.Loc.Line = 9;
  L.add(A);
  L.add(B);
  EXPECT_TRUE(L.link().empty());
  EXPECT_EQ(L.contextOf("Verbose::track"), Ads);
}

TEST_F(Fixture, OneUngatedCallOfTheBaseMethodReachesEveryOverride) {
  ProgramLinker L(T);
  TUSummary A;
  A.Functions = {fn("main", "main"), fn("Firebase::track")};
  A.Functions[1].Overrides = {"Tracker::track"};
  A.Calls = {call("main", "Tracker::track", Ads, 3),
             call("main", "Tracker::track", 0, 4)};
  A.Sinks = {sink("Firebase::track", Ads)};
  L.add(A);
  auto F = L.link();
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Flow[1].Loc.Line, 4u);
}

TEST_F(Fixture, ParametersAreFilledInByEveryCaller) {
  // show(bool allowed) { if (allowed) sink(); } in one unit; its callers in
  // another pass a helper's result that means advertising consent.
  ProgramLinker L(T);
  TUSummary A, B;
  A.Functions = {fn("show")};
  A.Sinks = {sink("show", Ads)};
  A.Sinks[0].LocalOutcomes = {"show@param0#1"};
  A.Functions.push_back(fn("adsOk"));
  A.Functions[1].IsHelper = true;
  A.Functions[1].HelperTrue = Ads;
  B.Functions = {fn("main", "main")};
  CallSummary C1 = call("main", "show", 0, 3), C2 = call("main", "show", 0, 4);
  C1.Args.push_back({0, Ads, 0, {}, {}});
  C2.Args.push_back({0, 0, 0, {"adsOk#1"}, {}});
  B.Calls = {C1, C2};
  L.add(A);
  L.add(B);
  EXPECT_TRUE(L.link().empty());

  ProgramLinker L2(T);
  CallSummary C3 = call("main", "show", 0, 5); // Passes no consent value.
  B.Calls.push_back(C3);
  L2.add(A);
  L2.add(B);
  EXPECT_EQ(L2.link().size(), 1u);
}

TEST_F(Fixture, ExplainSaysWhy) {
  ProgramLinker L(T);
  TUSummary A;
  A.Functions = {fn("main", "main"), fn("showAd")};
  A.Calls = {call("main", "showAd", Ads)};
  A.Sinks = {sink("showAd", Ads)};
  L.add(A);
  L.link();
  std::string E = L.explain("/p/showAd.cpp", 5);
  EXPECT_NE(E.find("verdict: gated"), std::string::npos) << E;
  EXPECT_NE(E.find("from main"), std::string::npos) << E;
}

} // namespace
