//===- LoadRulePackTest.cpp - The YAML loader, good and bad input ---------===//

#include "rules/loader/LoadRulePack.h"
#include "gtest/gtest.h"

using namespace consentlint::rules;

namespace {

std::string errorOf(llvm::StringRef Yaml) {
  auto P = parseRulePack(Yaml, "pack.yaml");
  if (P)
    return "";
  return llvm::toString(P.takeError());
}

TEST(LoadRulePack, ParsesRulesGatesCookiesAndKeyTables) {
  auto P = parseRulePack(R"(pack: demo
vendor: Acme
rules:
  - id: demo.ads.load
    check: consent-ad-sdk
    practice: shows-ads
    purposes: [advertising]
    data: user.device.advertising_id
    message: loads an ad
    apis:
      - method: acme::Ads::load
      - objc: {class: ACMEAds, selector: "load:", kind: class}
      - function: curl_easy_setopt
        args: [{index: 1, enum: [CURLOPT_COOKIE]}, {index: 2, not-string: ALL}]
        cookie-arg: 2
gates:
  - id: demo.gate
    purpose-arg: {index: 0, values: {ads: [advertising]}}
    callback: {arg: 1}
    granted: {equals: [Authorized]}
    apis: [{function: acme::granted}]
cookies:
  categories: {analytics: [analytics], strictly-necessary: []}
  names: [{name: _ga, category: analytics}]
key-tables:
  - id: keys
    keys: [{match: [email], data: [user.contact.email]}]
entry-points: {functions: [main], objc-selectors: [viewDidLoad]}
)",
                         "demo.yaml");
  ASSERT_TRUE(bool(P)) << llvm::toString(P.takeError());
  ASSERT_EQ(P->Rules.size(), 1u);
  const SinkRule &R = P->Rules[0];
  EXPECT_EQ(R.Vendor, "Acme");
  EXPECT_EQ(R.DataCategories, std::vector<std::string>{"user.device.advertising_id"});
  ASSERT_EQ(R.Apis.size(), 3u);
  EXPECT_EQ(R.Apis[1].Kind, ApiKind::ObjCMessage);
  EXPECT_EQ(R.Apis[1].MessageKind, ObjCMessageKind::Class);
  EXPECT_EQ(R.Apis[2].Args[0].Enum, std::vector<std::string>{"CURLOPT_COOKIE"});
  EXPECT_EQ(R.Apis[2].Args[1].NotString, std::vector<std::string>{"ALL"});
  EXPECT_EQ(*R.Apis[2].CookieArg, 2u);
  EXPECT_EQ(R.Mark.Line, 4u);
  ASSERT_EQ(P->Gates.size(), 1u);
  EXPECT_EQ(*P->Gates[0].PurposeArg, 0u);
  EXPECT_EQ(*P->Gates[0].CallbackArg, 1u);
  EXPECT_EQ(P->Gates[0].Granted.Equals, std::vector<std::string>{"Authorized"});
  EXPECT_EQ(P->Cookies.Names.size(), 1u);
  EXPECT_EQ(P->KeyTables[0].Entries[0].Match, std::vector<std::string>{"email"});
  EXPECT_EQ(P->Entries.ObjCSelectors, std::vector<std::string>{"viewDidLoad"});
}

TEST(LoadRulePack, UnknownKeyIsAnErrorWithPosition) {
  EXPECT_EQ(errorOf("pack: x\nrules:\n  - id: a\n    funtion: f\n"),
            "pack.yaml:4:5: error: unknown key 'funtion' in a rule; allowed: "
            "id check practice vendor level maturity verified message help purposes "
            "data topics apis flow out-arg data-args flow-to [consentlint-config]");
}

TEST(LoadRulePack, SyntaxErrorIsCaughtNotThrown) {
  std::string E = errorOf("pack: x\nrules: [\n  - id: a\n");
  EXPECT_NE(E.find("pack.yaml:"), std::string::npos) << E;
  EXPECT_NE(E.find("[consentlint-config]"), std::string::npos) << E;
}

TEST(LoadRulePack, WrongTypesAndMissingKeys) {
  EXPECT_NE(errorOf("pack: x\nrules: {}\n").find("'rules' must be a list"),
            std::string::npos);
  EXPECT_NE(errorOf("rules: []\n").find("missing required key 'pack'"),
            std::string::npos);
  EXPECT_NE(errorOf("pack: x\nrules:\n  - id: a\n    check: c\n    practice: p\n"
                    "    message: m\n    apis: [{function: f, args: [{index: -1, "
                    "enum: X}]}]\n")
                .find("'index' must be a non-negative integer"),
            std::string::npos);
  EXPECT_NE(errorOf("pack: x\nrules:\n  - id: a\n    check: c\n    practice: p\n"
                    "    message: m\n    level: loud\n    apis: [{function: f}]\n")
                .find("'level' must be error, warning or note"),
            std::string::npos);
  EXPECT_NE(errorOf("pack: x\ngates:\n  - id: g\n    apis: [{function: f}]\n")
                .find("needs 'purposes', 'purpose-arg'"),
            std::string::npos);
  EXPECT_NE(errorOf("pack: x\nrules:\n  - id: a\n    check: c\n    practice: p\n"
                    "    message: m\n    apis: [{function: f, method: g}]\n")
                .find("exactly one of"),
            std::string::npos);
}

TEST(LoadRulePack, FlowKeysAreChecked) {
  // A sink kind that does not exist, on a source.
  EXPECT_EQ(errorOf("pack: x\nrules:\n  - id: a\n    check: consent-personal-data\n"
                    "    practice: p\n    message: m\n    flow: only\n"
                    "    flow-to: [disk]\n    apis: [{function: f}]\n"),
            "pack.yaml:8:14: error: 'flow-to' holds sink kinds (log, storage, "
            "network, third-party, cookie), found 'disk' [consentlint-config]");
  // flow-to only means something on a personal-data source.
  EXPECT_NE(errorOf("pack: x\nrules:\n  - id: a\n    check: consent-cookie\n"
                    "    practice: p\n    message: m\n    flow-to: [log]\n"
                    "    apis: [{function: f}]\n")
                .find("'flow-to' is for consent-personal-data sources"),
            std::string::npos);
  // A logger pattern with no words would match every printf-like function.
  EXPECT_NE(errorOf("pack: x\nrules:\n  - id: a\n    check: privacy-data-flow\n"
                    "    flow: log\n    practice: p\n    message: m\n"
                    "    apis: [{format-function: []}]\n")
                .find("'format-function' needs the words"),
            std::string::npos);
}

TEST(LoadRulePack, StringWrittenIsABoolean) {
  std::string Head = "pack: x\nrules:\n  - id: a\n    check: consent-cookie\n"
                     "    practice: p\n    message: m\n    apis:\n";
  auto P = parseRulePack(
      Head + "      - string: {equals: Set-Cookie, written: true}\n"
             "      - string: {prefix: \"Set-Cookie:\"}\n",
      "pack.yaml");
  ASSERT_TRUE(bool(P)) << llvm::toString(P.takeError());
  EXPECT_TRUE(P->Rules[0].Apis[0].StringWritten);
  EXPECT_FALSE(P->Rules[0].Apis[1].StringWritten);
  EXPECT_NE(errorOf(Head + "      - string: {equals: Set-Cookie, written: maybe}\n")
                .find("pack.yaml:8:"),
            std::string::npos);
}

TEST(LoadRulePack, DuplicateIdsNameTheSecond) {
  std::string Rule = "  - id: same\n    check: c\n    practice: p\n    message: "
                     "m\n    apis: [{function: f}]\n";
  std::string E = errorOf("pack: x\nrules:\n" + Rule + Rule);
  EXPECT_NE(E.find("pack.yaml:8:5: error: duplicate rule id 'same' (first at "
                   "line 3)"),
            std::string::npos)
      << E;
}

TEST(LoadRulePack, EmptyAndMissingFiles) {
  EXPECT_NE(errorOf("").find("the rule pack is empty"), std::string::npos);
  auto P = loadRulePack("/nonexistent/pack.yaml");
  ASSERT_FALSE(bool(P));
  EXPECT_NE(llvm::toString(P.takeError()).find("cannot read rule pack"),
            std::string::npos);
}

TEST(LoadRulePack, ShippedPacksAllLoad) {
  auto Packs = loadRulePacks(CONSENTLINT_TEST_PACKS);
  ASSERT_TRUE(bool(Packs)) << llvm::toString(Packs.takeError());
  EXPECT_GE(Packs->size(), 5u);
}

TEST(LoadConfig, ResolvesPathsAndFlags) {
  auto C = parseConfig("checks: '-*,consent-cookie'\nfail-on: note\n"
                       "rule-packs: [packs/own.yaml]\n"
                       "policy: {file: PRIVACY.md, language: de, map: "
                       "{advertising: '3.3'}}\n"
                       "consent-flags: [{name: g_ok, purposes: [analytics]}]\n",
                       "/repo/.consentlint.yaml");
  ASSERT_TRUE(bool(C)) << llvm::toString(C.takeError());
  EXPECT_EQ(C->Checks, "-*,consent-cookie");
  EXPECT_EQ(C->RulePacks, std::vector<std::string>{"/repo/packs/own.yaml"});
  ASSERT_TRUE(C->Policy.has_value());
  EXPECT_EQ(C->Policy->File, "/repo/PRIVACY.md");
  EXPECT_EQ(C->Policy->Map.at("advertising"), "3.3");
  ASSERT_EQ(C->Project.Gates.size(), 1u);
  EXPECT_EQ(C->Project.Gates[0].Apis[0].Kind, ApiKind::Variable);
}

TEST(LoadConfig, BadFailOn) {
  auto C = parseConfig("fail-on: sometimes\n", "c.yaml");
  ASSERT_FALSE(bool(C));
  EXPECT_EQ(llvm::toString(C.takeError()),
            "c.yaml:1:10: error: 'fail-on' must be error, warning, note or "
            "never, found 'sometimes' [consentlint-config]");
}

} // namespace
