//===- FingerprintTest.cpp - GitHub line hashes and stable fingerprints ---===//

#include "engine/Fingerprint.h"
#include "driver/report/SarifReporter.h"
#include "gtest/gtest.h"

using namespace consentlint;

namespace {

// Vectors from github/codeql-action's src/fingerprints.test.ts.
TEST(LineHashes, MatchesCodeqlActionVectors) {
  std::vector<std::string> Empty = lineHashes("");
  ASSERT_EQ(Empty.size(), 1u);
  EXPECT_EQ(Empty[0], "c129715d7a2bc9a3:1");
  std::vector<std::string> H = lineHashes(" a\nb\n  \t\tc\n d");
  ASSERT_EQ(H.size(), 4u);
  EXPECT_EQ(H[0], "271789c17abda88f:1");
  EXPECT_EQ(H[1], "54703d4cd895b18:1"); // Hex without leading zeros.
}

TEST(LineHashes, CrlfAndCrReadAsLf) {
  EXPECT_EQ(lineHashes("a\r\nb\r\n"), lineHashes("a\nb\n"));
  EXPECT_EQ(lineHashes("a\rb\r"), lineHashes("a\nb\n"));
}

TEST(LineHashes, OneHashPerLineIncludingTheLastEmptyOne) {
  // As fingerprints.ts: "x\nx\nx\n" has four lines, the last one empty, and
  // each window starts at its line, so equal lines still hash differently.
  std::vector<std::string> H = lineHashes("x\nx\nx\n");
  ASSERT_EQ(H.size(), 4u);
  EXPECT_NE(H[0], H[1]);
  EXPECT_NE(H[1], H[2]);
}

TEST(StableFingerprint, IgnoresWhitespaceNotCode) {
  EXPECT_EQ(stableFingerprint("c", "r", "a.cpp", "  f(x);"),
            stableFingerprint("c", "r", "a.cpp", "f( x );"));
  EXPECT_NE(stableFingerprint("c", "r", "a.cpp", "f(x);"),
            stableFingerprint("c", "r", "a.cpp", "f(y);"));
  EXPECT_NE(stableFingerprint("c", "r", "a.cpp", "f(x);"),
            stableFingerprint("c", "r", "b.cpp", "f(x);"));
}

TEST(Utf16Column, CountsCodeUnits) {
  std::string Line = "\tcaf\xc3\xa9 = f(); // \xf0\x9f\x98\x80 x";
  EXPECT_EQ(utf16Column(Line, 1), 1u);
  EXPECT_EQ(utf16Column(Line, 2), 2u);   // After the tab.
  EXPECT_EQ(utf16Column(Line, 8), 7u);   // After "é" (2 bytes, 1 unit).
  unsigned Emoji = Line.find("\xf0");
  EXPECT_EQ(utf16Column(Line, Emoji + 5), Emoji + 1 - 1 + 2);
}

} // namespace
