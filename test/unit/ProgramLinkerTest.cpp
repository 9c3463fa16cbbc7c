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

namespace {

/// A device-info read in unit A whose data unit B stores or logs.
struct FlowFixture : Fixture {
  FlowExit exit(std::string Fn, int Index, std::string Caller,
                PurposeSet Local = 0) {
    FlowExit X;
    X.Function = Fn;
    X.Index = Index;
    X.Read.Function = Caller;
    X.Read.Required = Analytics;
    X.Read.Local = Local;
    X.Read.Subject = "call to 'uname'";
    X.Read.Action = "reads device information";
    X.Read.Base.Check = "privacy-data-flow";
    X.Read.Base.RuleId = "pii.device-info.uname";
    X.Read.Base.Loc.File = "/p/a.cpp";
    X.Read.Base.Loc.Line = 3;
    X.Read.Base.DataPath = {{X.Read.Base.Loc, "personal data read here"}};
    return X;
  }
  FlowEntry entry(std::string Fn, int Index, std::string In, std::string Kind,
                  PurposeSet Local = 0) {
    FlowEntry N;
    N.Function = Fn;
    N.Index = Index;
    N.Kind = Kind;
    N.Sink.Function = In;
    N.Sink.Local = Local;
    N.Sink.Subject = "call to 'fputs'";
    N.Sink.Base.Loc.File = "/p/b.cpp";
    N.Sink.Base.Loc.Line = 8;
    Note At;
    At.Loc = N.Sink.Base.Loc;
    At.Message = "the personal data reaches storage (call to 'fputs') here";
    N.Sink.Base.Notes = {At};
    N.Sink.Base.DataPath = {{N.Sink.Base.Loc, "reaches storage"}};
    return N;
  }
};

TEST_F(FlowFixture, AnArgumentReachingAnotherUnitsSinkIsReportedAtTheRead) {
  ProgramLinker L(T);
  TUSummary A, B;
  A.Functions = {fn("save", "main")};
  A.FlowExits = {exit("remember", 0, "save")};
  B.Functions = {fn("remember")};
  B.FlowEntries = {entry("remember", 0, "remember", "storage"),
                   entry("remember", 1, "remember", "storage")};
  L.add(A);
  L.add(B);
  auto F = L.link();
  ASSERT_EQ(F.size(), 1u);
  EXPECT_EQ(F[0].Loc.Line, 3u);
  EXPECT_EQ(F[0].Check, "privacy-data-flow");
  EXPECT_EQ(F[0].Message,
            "call to 'uname' reads device information and stores it (call to "
            "'fputs', b.cpp:8) without a consent check for analytics");
  ASSERT_EQ(F[0].DataPath.size(), 2u);
  EXPECT_EQ(F[0].DataPath[1].Loc.File, "/p/b.cpp");
  ASSERT_FALSE(F[0].Notes.empty());
  EXPECT_EQ(F[0].Notes[0].Loc.Line, 8u);
}

TEST_F(FlowFixture, ConsentAtTheHandOverOrAtTheSinkGates) {
  for (bool AtSink : {false, true}) {
    ProgramLinker L(T);
    TUSummary A, B;
    A.Functions = {fn("save", "main")};
    A.FlowExits = {exit("remember", 0, "save", AtSink ? 0 : Analytics)};
    B.Functions = {fn("remember")};
    B.FlowEntries = {
        entry("remember", 0, "remember", "storage", AtSink ? Analytics : 0)};
    L.add(A);
    L.add(B);
    EXPECT_TRUE(L.link().empty()) << AtSink;
  }
}

TEST_F(FlowFixture, EachCallPassingTheDataIsJudged) {
  // One gated call and one ungated call of the same function: reported.
  ProgramLinker L(T);
  TUSummary A, B;
  A.Functions = {fn("gated", "main"), fn("open", "main")};
  A.FlowExits = {exit("remember", 0, "gated", Analytics),
                 exit("remember", 0, "open")};
  B.Functions = {fn("remember")};
  B.FlowEntries = {entry("remember", 0, "remember", "storage")};
  L.add(A);
  L.add(B);
  EXPECT_EQ(L.link().size(), 1u);
}

TEST_F(FlowFixture, AReturnedReadIsJudgedWhereTheCallerSinksIt) {
  ProgramLinker L(T);
  TUSummary A, B;
  A.Functions = {fn("machineName")};
  A.FlowExits = {exit("machineName", -1, "machineName")};
  B.Functions = {fn("main", "main"), fn("report")};
  B.Calls = {call("main", "report", Analytics)};
  // Logged from main (a log needs no consent), stored from a gated report().
  B.FlowEntries = {entry("machineName", -1, "report", "storage"),
                   entry("machineName", -1, "main", "log")};
  L.add(A);
  L.add(B);
  auto F = L.link();
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("writes it to a log"), std::string::npos);
  EXPECT_EQ(F[0].Message.find("without a consent check"), std::string::npos);
}

TEST_F(FlowFixture, AWrapperInASecondUnitRelaysToAThird) {
  ProgramLinker L(T);
  TUSummary A, B, C;
  A.Functions = {fn("save", "main")};
  A.FlowExits = {exit("forward", 0, "save")};
  FlowEntry Relay = entry("forward", 0, "forward", "relay");
  Relay.RelayFunction = "remember";
  Relay.RelayIndex = 0;
  Relay.Sink.Base.Notes.clear();
  B.Functions = {fn("forward")};
  B.FlowEntries = {Relay};
  C.Functions = {fn("remember")};
  C.FlowEntries = {entry("remember", 0, "remember", "storage")};
  L.add(A);
  L.add(B);
  L.add(C);
  auto F = L.link();
  ASSERT_EQ(F.size(), 1u);
  EXPECT_NE(F[0].Message.find("stores it"), std::string::npos);
  // Read, the relay's hand-over, the sink.
  EXPECT_EQ(F[0].DataPath.size(), 3u);
}

TEST_F(FlowFixture, AnArgumentReachesTheOverrides) {
  ProgramLinker L(T);
  TUSummary A, B;
  A.Functions = {fn("save", "main")};
  A.FlowExits = {exit("Backend::send", 0, "save")};
  FunctionSummary Http = fn("HttpBackend::send");
  Http.Overrides = {"Backend::send"};
  B.Functions = {Http};
  B.FlowEntries = {entry("HttpBackend::send", 0, "HttpBackend::send", "network")};
  L.add(A);
  L.add(B);
  EXPECT_EQ(L.link().size(), 1u);
}

TEST_F(FlowFixture, FlowToLimitsTheSinkKinds) {
  ProgramLinker L(T);
  TUSummary A, B;
  FlowExit X = exit("send", 0, "main");
  X.FlowTo = {"storage"};
  A.Functions = {fn("main", "main")};
  A.FlowExits = {X};
  B.Functions = {fn("send")};
  B.FlowEntries = {entry("send", 0, "send", "network")};
  L.add(A);
  L.add(B);
  EXPECT_TRUE(L.link().empty());
}

} // namespace
