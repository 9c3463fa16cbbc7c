//===- IntegrationsTest.cpp - Suppressions, CI formats, shard summaries ---===//

#include "driver/SummaryJson.h"
#include "driver/report/GithubReporter.h"
#include "engine/Baseline.h"
#include "engine/FileSelection.h"
#include "driver/Git.h"
#include "engine/Suppressions.h"
#include "gtest/gtest.h"

using namespace consentlint;

namespace {

/// What the Actions runner does with an escaped value (toolkit command.ts).
std::string unescape(std::string S) {
  std::string Out;
  for (size_t I = 0; I < S.size(); ++I) {
    if (S[I] == '%' && I + 2 < S.size()) {
      std::string Code = S.substr(I, 3);
      const char *Map[][2] = {{"%25", "%"}, {"%0D", "\r"}, {"%0A", "\n"},
                              {"%3A", ":"}, {"%2C", ","}};
      bool Done = false;
      for (auto &M : Map)
        if (Code == M[0]) {
          Out += M[1];
          I += 2;
          Done = true;
          break;
        }
      if (Done)
        continue;
    }
    Out += S[I];
  }
  return Out;
}

TEST(GithubEscaping, RoundTripsSpecialCharacters) {
  for (std::string S :
       {std::string("a:b,c%d\ne\r\nf"), std::string("%0A literal"),
        std::string("::warning ::"), std::string("100%"), std::string(""),
        std::string("%%25%3A")}) {
    std::string P = escapeGithubProperty(S);
    EXPECT_EQ(P.find_first_of(":,\r\n"), std::string::npos) << P;
    EXPECT_EQ(unescape(P), S);
    std::string D = escapeGithubData(S);
    EXPECT_EQ(D.find_first_of("\r\n"), std::string::npos) << D;
    EXPECT_EQ(unescape(D), S);
  }
  EXPECT_EQ(escapeGithubData("a:b,c%d\n"), "a:b,c%25d%0A");
  EXPECT_EQ(escapeGithubProperty("a:b,c%d\n"), "a%3Ab%2Cc%25d%0A");
}

TEST(Nolint, ParsesKindsChecksAndReasons) {
  auto C = parseNolintComments(
      "f(); // NOLINT(consent-cookie): strictly necessary session cookie\n"
      "// NOLINTNEXTLINE\n"
      "/* NOLINTBEGIN(consent-*, -consent-pii) : legacy */\n"
      "// NOLINTEND(consent-*, -consent-pii)\n"
      "int NOLINTED; // NOLINTFOO\n"
      "g(); /* NOLINT: block reason */ h();\r\n");
  ASSERT_EQ(C.size(), 5u);
  EXPECT_EQ(C[0].Kind, NolintComment::Line);
  EXPECT_EQ(C[0].LineNo, 1u);
  EXPECT_EQ(C[0].Column, 9u);
  EXPECT_TRUE(C[0].HasChecks);
  EXPECT_EQ(C[0].Checks, "consent-cookie");
  EXPECT_EQ(C[0].Reason, "strictly necessary session cookie");
  EXPECT_EQ(C[1].Kind, NolintComment::NextLine);
  EXPECT_FALSE(C[1].HasChecks);
  EXPECT_EQ(C[1].Reason, "");
  EXPECT_EQ(C[2].Kind, NolintComment::Begin);
  EXPECT_EQ(C[2].Reason, "legacy");
  EXPECT_EQ(C[3].Kind, NolintComment::End);
  EXPECT_EQ(C[4].Reason, "block reason");
  EXPECT_TRUE(nolintSelects(C[2], "consent-cookie", ""));
  EXPECT_FALSE(nolintSelects(C[2], "consent-pii", ""));
  EXPECT_TRUE(nolintSelects(C[1], "anything", ""));
  EXPECT_FALSE(nolintSelects(C[0], "consent-ad-sdk", "ads.x"));
}

TEST(Nolint, SuppressesAndReportsProblems) {
  std::string Text = "a();\n"
                     "b(); // NOLINT\n"
                     "// NOLINTBEGIN(consent-*): reviewed\n"
                     "c();\n"
                     "// NOLINTEND(consent-*)\n"
                     "// NOLINTBEGIN\n";
  auto Read = [&](const std::string &) -> std::optional<std::string> {
    return Text;
  };
  auto Make = [](unsigned Line) {
    Finding F;
    F.Check = "consent-ad-sdk";
    F.RuleId = "ads.r";
    F.Loc.File = "/p/a.cpp";
    F.Loc.Line = Line;
    F.Loc.Column = 1;
    return F;
  };
  std::vector<Finding> Fs = {Make(1), Make(2), Make(4)};
  SuppressionOptions O;
  O.RequireJustification = true;
  EXPECT_EQ(applySuppressions(Fs, O, Read), 2u);
  ASSERT_EQ(Fs.size(), 5u); // + unjustified NOLINT + unmatched BEGIN.
  unsigned Suppressed = 0, Nolint = 0;
  for (const Finding &F : Fs) {
    Suppressed += F.Suppressed;
    if (F.Check == "consentlint-nolint") {
      ++Nolint;
      if (F.Loc.Line == 2)
        EXPECT_EQ(F.Severity, Level::Warning);
      else
        EXPECT_EQ(F.Severity, Level::Error);
    }
    if (F.Check == "consent-ad-sdk" && F.Loc.Line == 4)
      EXPECT_EQ(F.Justification, "reviewed");
    if (F.Check == "consent-ad-sdk" && F.Loc.Line == 1)
      EXPECT_FALSE(F.Suppressed);
  }
  EXPECT_EQ(Suppressed, 2u);
  EXPECT_EQ(Nolint, 2u);
  EXPECT_TRUE(std::is_sorted(Fs.begin(), Fs.end()));
}

TEST(Shard, HashIsStableAndSlicesPartition) {
  // FNV-1a 64: documented values, so shards never move between releases.
  EXPECT_EQ(shardHash(""), 14695981039346656037ull);
  EXPECT_EQ(shardHash("a"), 0xaf63dc4c8601ec8cull);
  std::vector<std::string> Files;
  for (int I = 0; I < 50; ++I)
    Files.push_back("/r/src/f" + std::to_string(I) + ".cpp");
  size_t Total = 0;
  for (unsigned K = 1; K <= 4; ++K)
    Total += shardSlice(Files, "/r", K, 4).size();
  EXPECT_EQ(Total, Files.size());
  EXPECT_EQ(shardSlice(Files, "/r", 1, 1), Files);
}

TEST(Git, ParsesZeroContextDiff) {
  ChangedLines C = parseUnifiedDiff(
      "diff --git a/x.cpp b/x.cpp\n--- a/x.cpp\n+++ b/x.cpp\n"
      "@@ -3,0 +4,2 @@\n+a\n+b\n@@ -10 +12 @@\n-c\n+d\n@@ -20,3 +21,0 @@\n"
      "--- a/gone.cpp\n+++ /dev/null\n@@ -1 +0,0 @@\n",
      "/top");
  EXPECT_TRUE(C.contains("/top/x.cpp", 4));
  EXPECT_TRUE(C.contains("/top/x.cpp", 5));
  EXPECT_FALSE(C.contains("/top/x.cpp", 6));
  EXPECT_TRUE(C.contains("/top/x.cpp", 12));
  EXPECT_FALSE(C.contains("/top/x.cpp", 21));
  EXPECT_FALSE(C.contains("/top/gone.cpp", 1));
}

TEST(SummaryJson, RoundTripLinksTheSame) {
  PurposeTable T;
  PurposeSet Ads = T.intern("advertising");
  TUSummary A, B;
  FunctionSummary Main, Show;
  Main.Id = "c:@F@main";
  Main.Name = "main";
  Main.Loc = {"/r/main.cpp", 3, 1, 3, 5};
  Main.EntryReason = "main";
  Show.Id = "c:@F@show";
  Show.Name = "show";
  Show.Loc = {"/r/show.cpp", 2, 1, 2, 5};
  A.MainFile = "/r/main.cpp";
  A.Functions = {Main};
  CallSummary C;
  C.Caller = Main.Id;
  C.Callee = Show.Id;
  C.Loc = {"/r/main.cpp", 5, 3, 5, 9};
  C.Consent = Ads;
  A.Calls = {C};
  B.MainFile = "/r/show.cpp";
  B.Functions = {Show};
  SinkSummary K;
  K.Function = Show.Id;
  K.Required = Ads | T.intern("tracking");
  K.Local = AllPurposes & 0; // Nothing known locally.
  K.Subject = "call to 'LoadAd'";
  K.Action = "requests an ad";
  K.Base.Check = "consent-ad-sdk";
  K.Base.RuleId = "ads.load";
  K.Base.Loc = {"/r/show.cpp", 4, 3, 4, 20};
  K.Base.SourceLine = "  LoadAd();";
  K.Base.DataCategories = {"device-id"};
  Note N;
  N.Loc = {"/elsewhere/macro.h", 1, 9, 1, 10};
  N.Message = "expanded from macro 'AD'";
  K.Base.Notes = {N};
  K.Gates.push_back({{"/r/show.cpp", 3, 7, 3, 9}, Ads, "if (x)"});
  B.Sinks = {K};

  llvm::json::Value V = summariesToJson({{"/r/main.cpp", false, {A}},
                                          {"/r/show.cpp", false, {B}}},
                                         T, "/r", {{"checks", "consent-*"}});
  // Paths inside the root are relative; purposes are names.
  std::string S;
  llvm::raw_string_ostream(S) << V;
  EXPECT_EQ(S.find("/r/"), std::string::npos) << S;
  EXPECT_NE(S.find("\"tracking\""), std::string::npos);

  // Another process: a different table order, another root.
  PurposeTable T2;
  T2.intern("analytics");
  std::vector<UnitSummaries> Units;
  auto Parsed = llvm::json::parse(S);
  ASSERT_TRUE(bool(Parsed));
  ASSERT_FALSE(bool(summariesFromJson(*Parsed, T2, "/other", Units)));
  ASSERT_EQ(Units.size(), 2u);
  EXPECT_EQ(Units[1].File, "/other/show.cpp");
  EXPECT_EQ(recordedOptions(*Parsed).at("checks"), "consent-*");
  const SinkSummary &K2 = Units[1].Summaries[0].Sinks[0];
  EXPECT_EQ(K2.Base.Notes[0].Loc.File, "/elsewhere/macro.h");
  EXPECT_EQ(T2.names(K2.Required),
            (std::vector<std::string>{"advertising", "tracking"}));

  ProgramLinker L1(T), L2(T2);
  L1.add(A);
  L1.add(B);
  for (UnitSummaries &U : Units)
    for (TUSummary &TU : U.Summaries)
      L2.add(TU);
  auto F1 = L1.link(), F2 = L2.link();
  ASSERT_EQ(F1.size(), 1u); // tracking is missing on the only path.
  ASSERT_EQ(F2.size(), 1u);
  EXPECT_EQ(F1[0].Message, F2[0].Message);
  EXPECT_EQ(F1[0].MissingPurposes, F2[0].MissingPurposes);
  EXPECT_EQ(F2[0].Loc.File, "/other/show.cpp");

  // Malformed input is an error, not a crash.
  std::vector<UnitSummaries> Bad;
  auto Junk = llvm::json::parse(R"({"version": 1, "files": [], "units": [{"file": "x", "summaries": [{"sinks": [{"finding": {"loc": [7, 1, 1, 1, 1]}}]}]}]})");
  ASSERT_TRUE(bool(Junk));
  llvm::Error JunkErr = summariesFromJson(*Junk, T2, "/r", Bad);
  EXPECT_TRUE(bool(JunkErr));
  llvm::consumeError(std::move(JunkErr));
  auto Old = llvm::json::parse(R"({"version": 99})");
  llvm::Error E = summariesFromJson(*Old, T2, "/r", Bad);
  EXPECT_TRUE(bool(E));
  llvm::consumeError(std::move(E));
}

TEST(Baseline, EntriesIgnoreLinesAndWhitespace) {
  Finding F;
  F.Check = "consent-ad-sdk";
  F.RuleId = "ads.load";
  F.Loc = {"/r/src/a.cpp", 10, 3, 10, 9};
  F.SourceLine = "  view->LoadAd(req);";
  Finding G = F;
  G.Loc.Line = 42;
  G.SourceLine = "\tview -> LoadAd( req );";
  EXPECT_EQ(baselineEntry(F, "/r").Fingerprint,
            baselineEntry(G, "/r").Fingerprint);
  EXPECT_EQ(baselineEntry(F, "/r").File, "src/a.cpp");
  G.SourceLine = "view->LoadAd(other);";
  EXPECT_NE(baselineEntry(F, "/r").Fingerprint,
            baselineEntry(G, "/r").Fingerprint);
  std::vector<Finding> Fs = {F, F, G};
  Fs[1].Loc.Line = 11;
  EXPECT_EQ(applyBaseline(Fs, {baselineEntry(F, "/r")}, "/r"), 1u);
  EXPECT_TRUE(Fs[0].Suppressed);
  EXPECT_EQ(Fs[0].SuppressionKind, "external");
  EXPECT_FALSE(Fs[1].Suppressed); // One entry absorbs one finding.
  EXPECT_FALSE(Fs[2].Suppressed);
}

} // namespace
