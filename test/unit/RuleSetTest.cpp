//===- RuleSetTest.cpp - Rule index, cookie and key classification --------===//

#include "checks/CheckRegistry.h"
#include "checks/match/RuleSet.h"
#include "rules/loader/LoadRulePack.h"
#include "gtest/gtest.h"

using namespace consentlint;

namespace {

std::unique_ptr<RuleSet> build(llvm::StringRef Yaml, PurposeTable &T) {
  auto P = rules::parseRulePack(Yaml, "t.yaml");
  EXPECT_TRUE(bool(P));
  if (!P)
    return nullptr;
  std::vector<rules::RulePack> Packs;
  Packs.push_back(std::move(*P));
  auto RS = RuleSet::build(std::move(Packs), T, CheckRegistry::get());
  EXPECT_TRUE(bool(RS));
  return RS ? std::move(*RS) : nullptr;
}

const char *Cookies = R"(pack: c
cookies:
  categories: {strictly-necessary: [], analytics: [analytics], advertising: [advertising]}
  names:
    - {name: _ga, category: analytics}
    - {prefix: _gcl_, category: advertising}
    - {contains: session, category: strictly-necessary}
key-tables:
  - id: keys
    keys:
      - {match: [email, courriel], data: [user.contact.email]}
      - {match: ["=name"], data: [user.name]}
)";

TEST(RuleSet, ClassifiesCookiesExactThenPrefixThenSubstring) {
  PurposeTable T;
  auto RS = build(Cookies, T);
  ASSERT_TRUE(RS);
  EXPECT_EQ(RS->classifyCookie("_ga").Category, "analytics");
  EXPECT_EQ(RS->classifyCookie("_gcl_au").Category, "advertising");
  EXPECT_TRUE(RS->classifyCookie("PHPSESSIONID").StrictlyNecessary);
  EXPECT_EQ(RS->classifyCookie("_GA").Category, ""); // Names are case-sensitive.
  EXPECT_EQ(RS->classifyCookie("unknown").Category, "");
  EXPECT_EQ(RS->classifyCookie("_ga").Purposes, T.lookup("analytics"));
}

TEST(RuleSet, ClassifiesKeysIgnoringPunctuation) {
  PurposeTable T;
  auto RS = build(Cookies, T);
  ASSERT_TRUE(RS);
  EXPECT_NE(RS->classifyKey("keys", "E-Mail"), nullptr);
  EXPECT_NE(RS->classifyKey("keys", "user_courriel"), nullptr);
  EXPECT_NE(RS->classifyKey("keys", "Name"), nullptr);
  EXPECT_EQ(RS->classifyKey("keys", "filename"), nullptr);
  EXPECT_EQ(RS->classifyKey("keys", "page"), nullptr);
  EXPECT_EQ(RS->classifyKey("nope", "email"), nullptr);
}

TEST(RuleSet, IndexesBySimpleName) {
  PurposeTable T;
  auto RS = build(R"(pack: a
rules:
  - id: r
    check: consent-ad-sdk
    practice: shows-ads
    purposes: [advertising]
    message: m
    apis:
      - method: ns::Ads::load
      - objc: {class: GAD, selector: "loadRequest:"}
      - field: httplib::Request::remote_addr
      - enum: boost::beast::http::field::set_cookie
      - string: {prefix: "Set-Cookie:"}
)",
                  T);
  ASSERT_TRUE(RS);
  EXPECT_EQ(RS->byCallee("load").size(), 1u);
  EXPECT_EQ(RS->bySelector("loadRequest:").size(), 1u);
  EXPECT_EQ(RS->byValueName("remote_addr").size(), 1u);
  EXPECT_EQ(RS->byEnumerator("set_cookie").size(), 1u);
  EXPECT_EQ(RS->stringApis().size(), 1u);
  EXPECT_TRUE(RS->byCallee("Ads").empty());
}

TEST(RuleSet, RejectsUnknownChecksAndCategories) {
  PurposeTable T;
  auto P = rules::parseRulePack("pack: a\nrules:\n  - id: r\n    check: consent-nope\n"
                                "    practice: p\n    purposes: [x]\n    message: m\n"
                                "    apis: [{function: f}]\n",
                                "t.yaml");
  ASSERT_TRUE(bool(P));
  std::vector<rules::RulePack> Packs;
  Packs.push_back(std::move(*P));
  auto RS = RuleSet::build(std::move(Packs), T, CheckRegistry::get());
  ASSERT_FALSE(bool(RS));
  EXPECT_EQ(llvm::toString(RS.takeError()),
            "t.yaml:3:5: error: rule 'r' names unknown check 'consent-nope'; "
            "see consentlint --list-checks [consentlint-config]");
}

TEST(CheckGlobs, LaterGlobsWin) {
  CheckGlobs G("-*,consent-*,-consent-cookie");
  EXPECT_TRUE(G.enabled("consent-ad-sdk"));
  EXPECT_FALSE(G.enabled("consent-cookie"));
  EXPECT_FALSE(G.enabled("policy-undisclosed-practice"));
}

} // namespace
