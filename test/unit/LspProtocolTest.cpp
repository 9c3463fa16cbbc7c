//===- LspProtocolTest.cpp - LSP positions, URIs, framing -----------------===//

#include "driver/lsp/JsonRpc.h"
#include "driver/lsp/Protocol.h"
#include "gtest/gtest.h"
#include <cstdio>

using namespace consentlint;
using namespace consentlint::lsp;

namespace {

// "a" (1 byte), "é" (2), "中" (3), "😀" (4: a UTF-16 surrogate pair), "x".
const char *Mixed = "a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80x";

TEST(LspProtocol, Utf16CharacterOfByteColumn) {
  EXPECT_EQ(lspCharacter(Mixed, 1, PositionEncoding::UTF16), 0u);  // a
  EXPECT_EQ(lspCharacter(Mixed, 2, PositionEncoding::UTF16), 1u);  // é
  EXPECT_EQ(lspCharacter(Mixed, 4, PositionEncoding::UTF16), 2u);  // 中
  EXPECT_EQ(lspCharacter(Mixed, 7, PositionEncoding::UTF16), 3u);  // 😀
  EXPECT_EQ(lspCharacter(Mixed, 11, PositionEncoding::UTF16), 5u); // x
  EXPECT_EQ(lspCharacter(Mixed, 12, PositionEncoding::UTF16), 6u); // end
  // Inside a character: its start. Past the end: one unit per byte.
  EXPECT_EQ(lspCharacter(Mixed, 8, PositionEncoding::UTF16), 3u);
  EXPECT_EQ(lspCharacter("ab", 5, PositionEncoding::UTF16), 4u);
  EXPECT_EQ(lspCharacter(Mixed, 11, PositionEncoding::UTF8), 10u);
}

TEST(LspProtocol, MalformedUtf8CountsBytes) {
  // A lone continuation byte and a truncated 3-byte sequence.
  EXPECT_EQ(lspCharacter("\x80\xE4\xB8z", 4, PositionEncoding::UTF16), 3u);
}

TEST(LspProtocol, ByteOffsetRoundTrips) {
  for (unsigned Col : {1u, 2u, 4u, 7u, 11u, 12u}) {
    unsigned C = lspCharacter(Mixed, Col, PositionEncoding::UTF16);
    EXPECT_EQ(byteOffset(Mixed, C, PositionEncoding::UTF16), Col - 1);
  }
  EXPECT_EQ(byteOffset(Mixed, 99, PositionEncoding::UTF16), strlen(Mixed));
}

TEST(LspProtocol, LineTableEndings) {
  LineTable T("one\r\ntwo\nthree\rfour");
  ASSERT_EQ(T.size(), 4u);
  EXPECT_EQ(T.line(0), "one");
  EXPECT_EQ(T.line(1), "two");
  EXPECT_EQ(T.line(2), "three");
  EXPECT_EQ(T.line(3), "four");
  EXPECT_EQ(T.line(4), "");
  EXPECT_EQ(T.offset(1, 1, PositionEncoding::UTF16), 6u);
}

TEST(LspProtocol, Uris) {
  EXPECT_EQ(pathToUri("/a b/c#d.cpp"), "file:///a%20b/c%23d.cpp");
  EXPECT_EQ(uriToPath("file:///a%20b/c%23d.cpp"), "/a b/c#d.cpp");
  EXPECT_EQ(uriToPath("file://localhost/x.cpp"), "/x.cpp");
  EXPECT_EQ(uriToPath("untitled:Untitled-1"), "");
}

TEST(LspProtocol, DiagnosticFields) {
  Finding F;
  F.Check = "consent-ad-sdk";
  F.RuleId = "ads.x";
  F.Severity = Level::Error;
  F.Message = "m";
  F.Loc = {"/p.cpp", 2, 11, 2, 12};
  F.Notes.push_back({{"/p.cpp", 1, 1, 0, 0}, "gate", ""});
  F.PolicySection = "2.5";
  F.PolicyTitle = "Ads";
  LineLookup Lines = [&](const std::string &, unsigned L) -> std::string {
    return L == 2 ? Mixed : "";
  };
  llvm::json::Object D = toDiagnostic(F, PositionEncoding::UTF16, Lines);
  EXPECT_EQ(*D.getInteger("severity"), 1);
  EXPECT_EQ(*D.getString("code"), "consent-ad-sdk");
  EXPECT_EQ(*D.getString("source"), "consentlint");
  EXPECT_TRUE(D.getObject("codeDescription")->getString("href")->ends_with(
      "consent-ad-sdk.md"));
  const llvm::json::Object *Start =
      D.getObject("range")->getObject("start");
  EXPECT_EQ(*Start->getInteger("line"), 1);
  EXPECT_EQ(*Start->getInteger("character"), 5);
  const llvm::json::Array *Rel = D.getArray("relatedInformation");
  ASSERT_EQ(Rel->size(), 2u);
  EXPECT_EQ(*(*Rel)[0].getAsObject()->getString("message"), "gate");
  EXPECT_EQ(*(*Rel)[1].getAsObject()->getString("message"),
            "privacy policy \u00a72.5 \"Ads\"");
}

TEST(LspProtocol, CompilerErrorsWithNotes) {
  std::string Text = "/p.cpp:3:5: error: expected ';'\n"
                     "    x\n    ^\n"
                     "/p.cpp:1:1: note: here\n"
                     "/inc.h:2:1: error: unknown type\n";
  auto Diags = compilerDiagnostics(Text, "/p.cpp", PositionEncoding::UTF16,
                                   nullptr);
  ASSERT_EQ(Diags.size(), 2u);
  const llvm::json::Object *First = Diags[0].getAsObject();
  EXPECT_EQ(*First->getString("code"), "clang-diagnostic-error");
  EXPECT_EQ(First->getArray("relatedInformation")->size(), 1u);
  EXPECT_TRUE(Diags[1].getAsObject()->getString("message")->starts_with(
      "in included file /inc.h:2:1: "));
}

TEST(LspJsonRpc, FramingAndRecovery) {
  std::string In = "Content-Length: 2\r\n\r\n{}"
                   "X-Other: 1\r\n\r\n"
                   "garbage{}Content-Length: 4\r\n\r\nnull";
  std::FILE *F = fmemopen(&In[0], In.size(), "r");
  ASSERT_TRUE(F);
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  Transport T(F, OS);
  std::string Body, Err;
  EXPECT_EQ(T.read(Body, Err), ReadStatus::Message);
  EXPECT_EQ(Body, "{}");
  EXPECT_EQ(T.read(Body, Err), ReadStatus::BadHeader);
  EXPECT_EQ(T.read(Body, Err), ReadStatus::Message);
  EXPECT_EQ(Body, "null");
  EXPECT_EQ(T.read(Body, Err), ReadStatus::EndOfInput);
  std::fclose(F);

  T.reply(1, "\xC3\xA9"); // Content-Length counts bytes, not characters.
  OS.flush();
  EXPECT_EQ(Out, "Content-Length: 38\r\n\r\n"
                 "{\"id\":1,\"jsonrpc\":\"2.0\",\"result\":\"\xC3\xA9\"}");
}

} // namespace
