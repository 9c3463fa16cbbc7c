//===- Protocol.cpp - LSP positions, URIs and diagnostics -----------------===//

#include "driver/lsp/Protocol.h"
#include "driver/report/Report.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Regex.h"

namespace consentlint {
namespace lsp {

using llvm::json::Array;
using llvm::json::Object;

llvm::StringRef encodingName(PositionEncoding E) {
  return E == PositionEncoding::UTF8 ? "utf-8" : "utf-16";
}

/// Length in bytes and UTF-16 units of the character starting at \p I.
static void charAt(llvm::StringRef S, size_t I, size_t &Bytes,
                   unsigned &Units) {
  unsigned char C = S[I];
  size_t Len = C < 0x80 ? 1 : (C & 0xE0) == 0xC0 ? 2 : (C & 0xF0) == 0xE0 ? 3
                          : (C & 0xF8) == 0xF0   ? 4 : 1;
  // A truncated or malformed sequence counts byte by byte.
  if (I + Len > S.size())
    Len = 1;
  for (size_t K = 1; K < Len; ++K)
    if ((static_cast<unsigned char>(S[I + K]) & 0xC0) != 0x80)
      Len = 1;
  Bytes = Len;
  Units = Len == 4 ? 2 : 1;
}

unsigned lspCharacter(llvm::StringRef Line, unsigned ByteColumn,
                      PositionEncoding E) {
  size_t Target = ByteColumn ? ByteColumn - 1 : 0;
  if (E == PositionEncoding::UTF8)
    return Target;
  unsigned Units = 0;
  size_t I = 0;
  while (I < Target && I < Line.size()) {
    size_t Bytes;
    unsigned U;
    charAt(Line, I, Bytes, U);
    if (I + Bytes > Target) // A column inside a character: its start.
      break;
    I += Bytes;
    Units += U;
  }
  if (Target > Line.size())
    Units += Target - Line.size();
  return Units;
}

size_t byteOffset(llvm::StringRef Line, unsigned Character,
                  PositionEncoding E) {
  if (E == PositionEncoding::UTF8)
    return std::min<size_t>(Character, Line.size());
  unsigned Units = 0;
  size_t I = 0;
  while (I < Line.size() && Units < Character) {
    size_t Bytes;
    unsigned U;
    charAt(Line, I, Bytes, U);
    I += Bytes;
    Units += U;
  }
  return I;
}

std::string uriToPath(llvm::StringRef Uri) {
  if (!Uri.consume_front("file://"))
    return "";
  // file://host/path: only the local host is meaningful here.
  if (!Uri.starts_with("/")) {
    size_t Slash = Uri.find('/');
    if (Slash == llvm::StringRef::npos)
      return "";
    Uri = Uri.drop_front(Slash);
  }
  std::string Out;
  for (size_t I = 0; I < Uri.size(); ++I) {
    if (Uri[I] == '%' && I + 2 < Uri.size() &&
        llvm::isHexDigit(Uri[I + 1]) && llvm::isHexDigit(Uri[I + 2])) {
      Out += static_cast<char>(llvm::hexFromNibbles(Uri[I + 1], Uri[I + 2]));
      I += 2;
    } else {
      Out += Uri[I];
    }
  }
  return Out;
}

std::string pathToUri(llvm::StringRef Path) {
  std::string Out = "file://";
  for (unsigned char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-._~").contains(C)) {
      Out += C;
    } else {
      Out += '%';
      Out += llvm::hexdigit(C >> 4, /*LowerCase=*/false);
      Out += llvm::hexdigit(C & 15, /*LowerCase=*/false);
    }
  }
  return Out;
}

LineTable::LineTable(llvm::StringRef Text) : Text(Text) {
  Starts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\r' && I + 1 < Text.size() && Text[I + 1] == '\n')
      ++I;
    if (Text[I] == '\n' || Text[I] == '\r')
      Starts.push_back(I + 1);
  }
}

llvm::StringRef LineTable::line(unsigned Index) const {
  if (Index >= Starts.size())
    return "";
  size_t Begin = Starts[Index];
  size_t End = Index + 1 < Starts.size() ? Starts[Index + 1] : Text.size();
  llvm::StringRef L = Text.slice(Begin, End);
  if (L.ends_with("\r\n"))
    return L.drop_back(2);
  if (L.ends_with("\n") || L.ends_with("\r"))
    return L.drop_back(1);
  return L;
}

size_t LineTable::offset(unsigned Line, unsigned Character,
                         PositionEncoding E) const {
  if (Line >= Starts.size())
    return Text.size();
  return Starts[Line] + byteOffset(line(Line), Character, E);
}

static Object position(unsigned Line, unsigned Character) {
  return Object{{"line", Line}, {"character", Character}};
}

/// The byte length of the token at \p Col (roughly: identifiers, header
/// names and string literals; 1 for anything else).
static unsigned tokenLength(llvm::StringRef Line, unsigned Col) {
  size_t I = Col ? Col - 1 : 0;
  size_t J = I;
  // A header name or string literal, as in "'x.h' file not found".
  if (I < Line.size() && (Line[I] == '"' || Line[I] == '<')) {
    size_t Close = Line.find(Line[I] == '"' ? '"' : '>', I + 1);
    if (Close != llvm::StringRef::npos)
      return Close + 1 - I;
  }
  while (J < Line.size() && (llvm::isAlnum(Line[J]) || Line[J] == '_'))
    ++J;
  return std::max<size_t>(1, J - I);
}

Object toRange(const Location &L, PositionEncoding E, const LineLookup &Lines) {
  unsigned Line0 = L.Line ? L.Line - 1 : 0;
  std::string Text = Lines ? Lines(L.File, L.Line) : std::string();
  unsigned Start = lspCharacter(Text, L.Column, E);
  unsigned EndLine = L.EndLine ? L.EndLine : L.Line;
  unsigned EndCol = L.EndColumn;
  std::string EndText = EndLine == L.Line ? Text
                        : Lines           ? Lines(L.File, EndLine)
                                          : std::string();
  if (!L.EndLine || !EndCol || (EndLine == L.Line && EndCol <= L.Column)) {
    EndLine = L.Line;
    EndText = Text;
    EndCol = L.Column + tokenLength(Text, L.Column);
  }
  unsigned End = lspCharacter(EndText, EndCol, E);
  return Object{{"start", position(Line0, Start)},
                {"end", position(EndLine ? EndLine - 1 : 0, End)}};
}

static Object location(const Location &L, PositionEncoding E,
                       const LineLookup &Lines) {
  return Object{{"uri", pathToUri(L.File)}, {"range", toRange(L, E, Lines)}};
}

static int severityOf(Level L) {
  switch (L) {
  case Level::Error:
    return 1;
  case Level::Warning:
    return 2;
  case Level::Note:
    return 3;
  }
  return 2;
}

Object toDiagnostic(const Finding &F, PositionEncoding E,
                    const LineLookup &Lines) {
  Array Related;
  for (const Note &N : F.Notes)
    Related.push_back(Object{
        {"location", location(N.Loc.valid() ? N.Loc : F.Loc, E, Lines)},
        {"message", N.Message}});
  // The path from the program entry; its last step is the finding itself.
  for (size_t I = 0; I + 1 < F.Flow.size(); ++I)
    if (F.Flow[I].Loc.valid())
      Related.push_back(Object{{"location", location(F.Flow[I].Loc, E, Lines)},
                               {"message", "path: " + F.Flow[I].Message}});
  if (!F.PolicySection.empty())
    Related.push_back(Object{
        {"location", location(F.PolicyLoc.valid() ? F.PolicyLoc : F.Loc, E, Lines)},
        {"message", "privacy policy \u00a7" + F.PolicySection +
                        (F.PolicyTitle.empty() ? std::string()
                                               : " \"" + F.PolicyTitle + "\"")}});
  Object Data{{"ruleId", F.RuleId}};
  if (!F.PolicySection.empty())
    Data["policySection"] = F.PolicySection;
  Object D{{"range", toRange(F.Loc, E, Lines)},
           {"severity", severityOf(F.Severity)},
           {"code", F.Check},
           {"codeDescription", Object{{"href", checkDocUrl(F.Check)}}},
           {"source", "consentlint"},
           {"message", F.Message},
           {"data", std::move(Data)}};
  if (!Related.empty())
    D["relatedInformation"] = std::move(Related);
  return D;
}

std::vector<llvm::json::Value>
compilerDiagnostics(const std::vector<CompilerDiagnostic> &Diags,
                    llvm::StringRef MainFile, PositionEncoding E,
                    const LineLookup &Lines) {
  std::vector<llvm::json::Value> Out;
  int Last = -1; // Index of the error that following notes belong to.
  for (const CompilerDiagnostic &D : Diags) {
    if (D.File.empty() || !D.Line)
      continue;
    Location Loc{D.File, D.Line, D.Column, 0, 0};
    if (D.Severity == Level::Note) {
      if (Last < 0)
        continue;
      Object *LastObj = Out[Last].getAsObject();
      llvm::json::Value *R = LastObj->get("relatedInformation");
      if (!R)
        R = &((*LastObj)["relatedInformation"] = Array());
      R->getAsArray()->push_back(Object{{"location", location(Loc, E, Lines)},
                                        {"message", D.Message}});
      continue;
    }
    std::string Message = D.Message;
    if (D.File != MainFile) {
      Message = "in included file " + D.File + ":" + std::to_string(D.Line) +
                ":" + std::to_string(D.Column) + ": " + Message;
      Loc = Location{MainFile.str(), 1, 1, 0, 0};
    }
    Out.push_back(Object{{"range", toRange(Loc, E, Lines)},
                         {"severity", 1},
                         {"code", "clang-diagnostic-error"},
                         {"source", "consentlint"},
                         {"message", Message}});
    Last = static_cast<int>(Out.size()) - 1;
  }
  return Out;
}

std::vector<llvm::json::Value> compilerDiagnostics(llvm::StringRef ClangText,
                                                   llvm::StringRef MainFile,
                                                   PositionEncoding E,
                                                   const LineLookup &Lines) {
  std::vector<CompilerDiagnostic> Diags;
  llvm::Regex Diag("^(.*):([0-9]+):([0-9]+): (fatal error|error|note): (.*)$");
  llvm::SmallVector<llvm::StringRef, 8> Text;
  ClangText.split(Text, '\n');
  for (llvm::StringRef L : Text) {
    llvm::SmallVector<llvm::StringRef, 6> M;
    if (!Diag.match(L.rtrim("\r"), &M))
      continue;
    CompilerDiagnostic D;
    D.Severity = M[4] == "note" ? Level::Note : Level::Error;
    D.File = M[1].str();
    M[2].getAsInteger(10, D.Line);
    M[3].getAsInteger(10, D.Column);
    D.Message = M[5].str();
    Diags.push_back(std::move(D));
  }
  return compilerDiagnostics(Diags, MainFile, E, Lines);
}

} // namespace lsp
} // namespace consentlint
