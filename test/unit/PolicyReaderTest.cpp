//===- PolicyReaderTest.cpp - The privacy-policy reader and scorer --------===//

#include "driver/policy/PolicyMapper.h"
#include "driver/policy/PolicyReader.h"
#include "gtest/gtest.h"

using namespace consentlint;
using namespace consentlint::policy;

namespace {

const LanguageData &data() {
  static LanguageData D = [] {
    auto L = loadLanguageData(CONSENTLINT_TEST_POLICY_DATA);
    EXPECT_TRUE(!!L) << llvm::toString(L.takeError());
    return L ? std::move(*L) : LanguageData();
  }();
  return D;
}

std::vector<std::string> ids(const Block &B) {
  std::vector<std::string> Out;
  for (const Section &S : B.Sections)
    Out.push_back(S.Id + " " + S.Title);
  return Out;
}

TEST(PolicyReader, NumberedSectionsAndSubSections) {
  Document D = parsePolicy("Privacy Policy\n\n"
                           "1. Who we are\nWe are a small shop that sells tea.\n\n"
                           "2. Cookies\nWe use cookies on the site.\n\n"
                           "2.5 Social login\nYou can sign in with a social network.\n\n"
                           "2.5.1 Details\nThe network learns that you use our shop.\n",
                           "p.txt", data());
  ASSERT_EQ(D.Blocks.size(), 1u);
  EXPECT_EQ(D.Blocks[0].Language, "en");
  EXPECT_EQ(D.Blocks[0].Title, "Privacy Policy");
  EXPECT_EQ(ids(D.Blocks[0]),
            (std::vector<std::string>{"1 Who we are", "2 Cookies",
                                      "2.5 Social login", "2.5.1 Details"}));
  EXPECT_EQ(D.Blocks[0].Sections[3].Depth, 3u);
  EXPECT_EQ(D.Blocks[0].Sections[3].Parent, 2);
}

TEST(PolicyReader, TableOfContentsIsNotTheSection) {
  Document D = parsePolicy("Contents\n1. Data\n2. Cookies\n\n"
                           "1. Data\nWe keep your name and your address.\n\n"
                           "2. Cookies\nWe use cookies on the site.\n",
                           "p.txt", data());
  ASSERT_EQ(D.Blocks.size(), 1u);
  ASSERT_EQ(D.Blocks[0].Sections.size(), 2u);
  EXPECT_EQ(D.Blocks[0].Sections[0].Line, 5u);
  EXPECT_EQ(D.Blocks[0].Sections[1].Line, 8u);
}

TEST(PolicyReader, FusedHeadingIsCutWhereTheSentenceStarts) {
  Document D = parsePolicy(
      "1. Analytics and usage data We measure how the app is used so that we "
      "can fix the parts that are broken for you.\n\n"
      "2. Cookies\nWe use cookies on the site for the things we describe.\n",
      "p.txt", data());
  ASSERT_EQ(D.Blocks.size(), 1u);
  ASSERT_EQ(D.Blocks[0].Sections.size(), 2u);
  EXPECT_EQ(D.Blocks[0].Sections[0].Title, "Analytics and usage data");
  EXPECT_EQ(llvm::StringRef(D.Blocks[0].Sections[0].Body).take_front(10),
            "We measure");
}

TEST(PolicyReader, SubListsAreItemsNotSections) {
  Document D = parsePolicy("1. Intro\nWe are a shop that sells tea to you.\n\n"
                           "2. Cookies\nWe use cookies on the site.\n"
                           "1. Types of cookies\na. Required cookies\n"
                           "b. Optional cookies\n\n"
                           "3. Rights\nYou can ask us what we know about you.\n",
                           "p.txt", data());
  ASSERT_EQ(D.Blocks.size(), 1u);
  // "1." inside section 2 does not continue 1, 2: a list of section 2.
  EXPECT_EQ(
      ids(D.Blocks[0]),
      (std::vector<std::string>{"1 Intro", "2 Cookies", "2(1) Types of cookies",
                                "2(1)(a) Required cookies",
                                "2(1)(b) Optional cookies", "3 Rights"}));
  EXPECT_FALSE(D.Blocks[0].Sections[1].Item);
  EXPECT_TRUE(D.Blocks[0].Sections[2].Item);
  EXPECT_TRUE(D.Blocks[0].Sections[4].Item);
  EXPECT_EQ(D.Blocks[0].Sections[4].Parent, 2);
}

TEST(PolicyReader, ListInsideSectionContinuingTheNumbersIsNotASection) {
  // "3." after a list "1., 2." inside section 2.5, followed by 2.6: still
  // section 2; the table of contents names the real section 3.
  Document D = parsePolicy(
      "Contents\n1. Intro\n2. Data\n3. Use\n\n"
      "1. Intro\nWe are a shop that sells tea to you.\n\n"
      "2. Data\n2.1 Cookies\nWe use cookies on the site.\n"
      "1. Types of cookies\nSome are needed.\n2. Who sets cookies\n"
      "We and our partners.\n3. Your choices about cookies\n"
      "You can delete them.\n\n2.2 Location\nWe read where you are.\n\n"
      "3. Use\nWe use the data to run the shop.\n",
      "p.txt", data());
  ASSERT_EQ(D.Blocks.size(), 1u);
  EXPECT_EQ(ids(D.Blocks[0]),
            (std::vector<std::string>{
                "1 Intro", "2 Data", "2.1 Cookies", "2.1(1) Types of cookies",
                "2.1(2) Who sets cookies", "2.1(3) Your choices about cookies",
                "2.2 Location", "3 Use"}));
}

TEST(PolicyReader, FusedHeadingsAreCut) {
  Document D = parsePolicy(
      "1. Intro\nWe are a shop that sells tea to you and to others.\n\n"
      "2. Cookies and Similar Tracking Technologies collects information on "
      "you as you navigate our Sites and apps, with cookies and pixels.\n\n"
      "3. Who sets cookies, on our own or through service providers acting "
      "on our behalf, set cookies on your devices.\n",
      "p.txt", data());
  ASSERT_EQ(D.Blocks.size(), 1u);
  EXPECT_EQ(ids(D.Blocks[0]),
            (std::vector<std::string>{
                "1 Intro", "2 Cookies and Similar Tracking Technologies",
                "3 Who sets cookies"}));
  EXPECT_EQ(D.Blocks[0].Sections[1].Body.substr(0, 8), "collects");
}

TEST(PolicyReader, NormalisesSpacesQuotesAndBullets) {
  Document D = parsePolicy("1.\xC2\xA0\xE2\x80\x9C" "Cookies\xE2\x80\x9D\n"
                           "\xE2\x80\xA2 We use cookies on the site and in the app.\n",
                           "p.txt", data());
  ASSERT_EQ(D.Blocks.size(), 1u);
  ASSERT_EQ(D.Blocks[0].Sections.size(), 1u);
  EXPECT_EQ(D.Blocks[0].Sections[0].Title, "\"Cookies\"");
  // The bullet is normalised and kept as a list mark.
  EXPECT_EQ(D.Blocks[0].Sections[0].Body,
            "- We use cookies on the site and in the app.");
}

TEST(PolicyReader, TranslationsRestartNumbering) {
  Document D = parsePolicy(
      "1. Cookies\nWe use cookies on the site, and we tell you about them here.\n"
      "We only set them when you agree to it.\n\n"
      "1. Cookies\nWir verwenden Cookies auf der Website, und wir erkl\xC3\xA4ren "
      "sie hier.\nWir setzen sie nur, wenn Sie zustimmen.\n",
      "p.txt", data());
  ASSERT_EQ(D.Blocks.size(), 2u);
  EXPECT_EQ(D.Blocks[0].Language, "en");
  EXPECT_EQ(D.Blocks[1].Language, "de");
  EXPECT_EQ(D.Blocks[1].Sections.size(), 1u);
  EXPECT_EQ(D.block("de"), &D.Blocks[1]);
  EXPECT_EQ(D.block(""), &D.Blocks[0]);
  EXPECT_EQ(D.block("it"), nullptr);
}

TEST(PolicyReader, BadBytesAreWarningsNotFailures) {
  EXPECT_FALSE(parsePolicy("", "p.txt", data()).Usable);
  EXPECT_FALSE(parsePolicy(llvm::StringRef("a\0b", 3), "p.txt", data()).Usable);
  Document Latin = parsePolicy("1. Cookies\nNous utilisons des cookies \xE9t\xE9.\n",
                               "p.txt", data());
  EXPECT_TRUE(Latin.Usable);
  ASSERT_EQ(Latin.Warnings.size(), 1u);
  EXPECT_EQ(Latin.Warnings[0].Line, 2u);
}

TEST(PolicyScorer, CountsWordStartsAndCompounds) {
  EXPECT_EQ(countMatches("cookies and more cookies", "cookie", false), 2u);
  EXPECT_EQ(countMatches("biscookie", "cookie", false), 0u);
  EXPECT_EQ(countMatches("werbecookies", "cookie", true), 1u);
  EXPECT_EQ(countMatches("adsense ads", "ads", false), 1u); // Whole word.
  Section S;
  S.Title = "Cookies and similar technologies";
  S.Body = "A cookie is a small file. Cookies help us.";
  SectionScore Sc = scoreSection(S, {"cookie", "similar technolog"}, false);
  EXPECT_EQ(Sc.TitleMatches, 2u);
  EXPECT_EQ(Sc.BodyMatches, 2u);
  EXPECT_TRUE(Sc.covers());
  EXPECT_GT(Sc.score(), 20.0);
}

TEST(PolicyMapper, SubHeadingBeatsParentAndOverridesWin) {
  Document D = parsePolicy(
      "2. Cookies\nWe use cookies on the site for the things below.\n\n"
      "Social media features and single sign-on\n"
      "You can sign in with a social network; it may set cookies.\n\n"
      "3. Advertising\nWe show ads in the free version of the app.\n",
      "p.txt", data());
  PolicyMapping M = mapTopics(D, data(), "", {});
  EXPECT_EQ(M.Topics["cookies"].Section, "2");
  EXPECT_EQ(M.Topics["social-login"].Section, "2.1");
  EXPECT_EQ(M.Topics["advertising"].Section, "3");
  EXPECT_EQ(M.Topics["location"].Section, "");
  PolicyMapping O = mapTopics(D, data(), "", {{"location", "3"}, {"x", "9"}});
  EXPECT_EQ(O.Topics["location"].Section, "3");
  EXPECT_TRUE(O.Topics["location"].Override);
  EXPECT_EQ(O.Warnings.size(), 2u); // Unknown topic, missing section.
}

TEST(PolicyMapper, HeadingFirstAndTheMostSpecificPartForAPractice) {
  Document D = parsePolicy(
      "1. Usage data\nWe log how the app is used, with statistics.\n\n"
      "2. Cookies\nWe use cookies on the site.\n"
      "1. Types of cookies\n"
      "a. Required cookies\nThey keep you signed in.\n"
      "b. Performance cookies\nThey count visits and measure the pages.\n\n"
      "3. How we share data\nWe share data with the providers below; "
      "cookies and location are mentioned here in passing, cookies too.\n"
      "3.1 Our service providers\nThey host the app.\n",
      "p.txt", data());
  PolicyMapping M = mapTopics(D, data(), "", {});
  // The section titled with the topic, not a long body that mentions it.
  EXPECT_EQ(M.Topics["cookies"].Section, "2");
  // The parent whose heading names the topic over its sub-section.
  EXPECT_EQ(M.Topics["third-party-sharing"].Section, "3");
  EXPECT_EQ(M.Topics["analytics"].Section, "1");
  // An analytics cookie: the item about performance cookies.
  PracticeSection P = mapPractice(M, {"cookies", "analytics"});
  EXPECT_EQ(P.Section, "2(1)(b)");
  EXPECT_EQ(P.Title, "Performance cookies");
  EXPECT_EQ(P.Secondary, (std::vector<std::string>{"1"}));
  // A plain cookie stays with the section.
  EXPECT_EQ(mapPractice(M, {"cookies"}).Section, "2");
  EXPECT_EQ(mapPractice(M, {"health"}).Section, "");
}

TEST(PolicyMapper, UndisclosedOncePerPractice) {
  Document D = parsePolicy("1. Analytics\nWe measure how the app is used, "
                           "with statistics that do not name you.\n",
                           "p.txt", data());
  ProjectPolicy P;
  P.Data = data();
  P.Doc = std::move(D);
  P.AbsPath = "/src/PRIVACY.md";
  P.Mapping = mapTopics(P.Doc, P.Data, "", {});
  std::vector<Finding> Practices(3);
  for (unsigned I = 0; I < 3; ++I) {
    Practices[I].Practice = I < 2 ? "shows-ads" : "logs-analytics-event";
    Practices[I].Vendor = I < 2 ? "Acme Ads" : "Acme Analytics";
    Practices[I].Topics = {I < 2 ? "advertising" : "analytics"};
    Practices[I].Loc = {"/src/a.cpp", 10 - I, 1, 10 - I, 5};
  }
  std::vector<Finding> Findings{Practices[2]};
  PolicyOutcome Out = applyPolicy(&P, Practices, true, "/src", Findings);
  EXPECT_TRUE(Out.Configured);
  EXPECT_EQ(Out.Taxonomy.File, "PRIVACY.md");
  EXPECT_EQ(Out.Taxonomy.Sections.size(), 1u);
  ASSERT_EQ(Findings.size(), 2u);
  const Finding &U = Findings[1]; // Line 9, the first of the two ad calls.
  EXPECT_EQ(U.Check, "policy-undisclosed-practice");
  EXPECT_EQ(U.Loc.Line, 9u);
  EXPECT_EQ(U.Message, "Acme Ads practice 'shows-ads' is not disclosed in the "
                       "privacy policy: no section covers advertising");
  ASSERT_EQ(U.Notes.size(), 2u);
  EXPECT_EQ(U.Notes[1].Message, "the same practice occurs at 1 other location(s)");
  EXPECT_EQ(Findings[0].PolicySection, "1"); // The analytics call at line 8.
}

} // namespace
