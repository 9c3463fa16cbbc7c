//===- PolicyText.cpp - Bytes of a policy file to normalised lines --------===//
//
// Decoding (BOM, UTF-8 check with a Latin-1 fallback, binary and size
// checks), HTML to lines, and the character normalisation every line gets:
// NBSP and friends become spaces, curly quotes straight ones, dashes '-',
// bullets '- '.
//
//===----------------------------------------------------------------------===//

#include "driver/policy/PolicyText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FormatVariadic.h"

namespace consentlint {
namespace policy {

static void lineCol(llvm::StringRef Text, size_t Offset, unsigned &Line,
                    unsigned &Col) {
  Line = 1;
  Col = 1;
  for (size_t I = 0; I < Offset && I < Text.size(); ++I) {
    if (Text[I] == '\n') {
      ++Line;
      Col = 1;
    } else {
      ++Col;
    }
  }
}

static void appendUtf8(std::string &Out, unsigned CP) {
  if (CP < 0x80) {
    Out += static_cast<char>(CP);
  } else if (CP < 0x800) {
    Out += static_cast<char>(0xC0 | (CP >> 6));
    Out += static_cast<char>(0x80 | (CP & 0x3F));
  } else if (CP < 0x10000) {
    Out += static_cast<char>(0xE0 | (CP >> 12));
    Out += static_cast<char>(0x80 | ((CP >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (CP & 0x3F));
  } else {
    Out += static_cast<char>(0xF0 | (CP >> 18));
    Out += static_cast<char>(0x80 | ((CP >> 12) & 0x3F));
    Out += static_cast<char>(0x80 | ((CP >> 6) & 0x3F));
    Out += static_cast<char>(0x80 | (CP & 0x3F));
  }
}

// Windows-1252 in 0x80-0x9F; Latin-1 elsewhere.
static unsigned cp1252(unsigned char C) {
  static const unsigned High[32] = {
      0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021,
      0x2C6,  0x2030, 0x160,  0x2039, 0x152,  0x8D,   0x17D,  0x8F,
      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
      0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};
  if (C >= 0x80 && C < 0xA0)
    return High[C - 0x80];
  return C;
}

DecodedText decodePolicyBytes(llvm::StringRef Bytes) {
  DecodedText D;
  if (Bytes.empty() || Bytes.find_first_not_of(" \t\r\n\f\v") == llvm::StringRef::npos) {
    D.Usable = false;
    D.Warnings.push_back({0, 0, "the privacy policy is empty; findings are "
                                "not mapped to it"});
    return D;
  }
  if (Bytes.starts_with("\xFF\xFE") || Bytes.starts_with("\xFE\xFF")) {
    D.Usable = false;
    D.Warnings.push_back({0, 0, "the privacy policy is UTF-16; save it as "
                                "UTF-8 to have findings mapped to it"});
    return D;
  }
  if (Bytes.size() > MaxPolicyBytes) {
    size_t Cut = Bytes.rfind('\n', MaxPolicyBytes);
    if (Cut == llvm::StringRef::npos || Cut == 0)
      Cut = MaxPolicyBytes;
    D.Warnings.push_back(
        {0, 0,
         llvm::formatv("the privacy policy is {0:F1} MiB; only the first "
                       "{1} MiB are read",
                       Bytes.size() / 1048576.0, MaxPolicyBytes >> 20)
             .str()});
    Bytes = Bytes.take_front(Cut);
  }
  if (Bytes.starts_with("\xEF\xBB\xBF"))
    Bytes = Bytes.drop_front(3);
  // Binary: NUL bytes, or many control characters, near the start.
  llvm::StringRef Head = Bytes.take_front(8192);
  size_t Controls = 0;
  for (size_t I = 0; I < Head.size(); ++I) {
    unsigned char C = Head[I];
    if (C == 0 || (C < 0x20 && C != '\t' && C != '\n' && C != '\r' &&
                   C != '\f' && C != '\v'))
      ++Controls;
    if (C == 0) {
      unsigned L, Col;
      lineCol(Bytes, I, L, Col);
      D.Usable = false;
      D.Warnings.push_back({L, Col, "the privacy policy is not a text file "
                                    "(NUL byte); findings are not mapped "
                                    "to it"});
      return D;
    }
  }
  if (Controls * 10 > Head.size()) {
    D.Usable = false;
    D.Warnings.push_back({0, 0, "the privacy policy is not a text file; "
                                "findings are not mapped to it"});
    return D;
  }
  const llvm::UTF8 *Begin = reinterpret_cast<const llvm::UTF8 *>(Bytes.data());
  const llvm::UTF8 *P = Begin;
  if (llvm::isLegalUTF8String(&P, Begin + Bytes.size())) {
    D.Text = Bytes.str();
  } else {
    unsigned L, Col;
    lineCol(Bytes, P - Begin, L, Col);
    // Mostly UTF-8 with a few stray bytes (a pasted Windows-1252 quote) or
    // a Windows-1252 file: valid UTF-8 sequences stay, other bytes are read
    // as Windows-1252.
    D.Warnings.push_back({L, Col,
                          "the privacy policy is not valid UTF-8; "
                          "invalid bytes are read as Windows-1252"});
    const llvm::UTF8 *End = Begin + Bytes.size();
    for (const llvm::UTF8 *Q = Begin; Q < End;) {
      unsigned N = llvm::getNumBytesForUTF8(*Q);
      if (*Q >= 0x80 && Q + N <= End && llvm::isLegalUTF8Sequence(Q, Q + N)) {
        D.Text.append(reinterpret_cast<const char *>(Q), N);
        Q += N;
        continue;
      }
      appendUtf8(D.Text, cp1252(*Q));
      ++Q;
    }
  }
  return D;
}

// --- HTML -------------------------------------------------------------------

struct Entity {
  const char *Name;
  unsigned CP;
};
static const Entity Entities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},       {"quot", '"'},
    {"apos", '\''},    {"nbsp", 0xA0},    {"shy", 0xAD},     {"sect", 0xA7},
    {"copy", 0xA9},    {"laquo", 0xAB},   {"raquo", 0xBB},   {"ndash", 0x2013},
    {"mdash", 0x2014}, {"lsquo", 0x2018}, {"rsquo", 0x2019}, {"ldquo", 0x201C},
    {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"bull", 0x2022},  {"hellip", 0x2026},
    {"agrave", 0xE0},  {"aacute", 0xE1},  {"acirc", 0xE2},   {"auml", 0xE4},
    {"ccedil", 0xE7},  {"egrave", 0xE8},  {"eacute", 0xE9},  {"ecirc", 0xEA},
    {"euml", 0xEB},    {"iacute", 0xED},  {"icirc", 0xEE},   {"iuml", 0xEF},
    {"ntilde", 0xF1},  {"oacute", 0xF3},  {"ocirc", 0xF4},   {"ouml", 0xF6},
    {"uacute", 0xFA},  {"ugrave", 0xF9},  {"ucirc", 0xFB},   {"uuml", 0xFC},
    {"szlig", 0xDF},   {"Auml", 0xC4},    {"Ouml", 0xD6},    {"Uuml", 0xDC},
    {"Eacute", 0xC9},  {"Agrave", 0xC0},  {"iexcl", 0xA1},   {"iquest", 0xBF},
};

static bool decodeEntity(llvm::StringRef S, size_t &I, std::string &Out) {
  size_t Semi = S.find(';', I);
  if (Semi == llvm::StringRef::npos || Semi - I > 10)
    return false;
  llvm::StringRef Name = S.slice(I + 1, Semi);
  unsigned CP = 0;
  if (Name.starts_with("#x") || Name.starts_with("#X")) {
    if (Name.drop_front(2).getAsInteger(16, CP))
      return false;
  } else if (Name.starts_with("#")) {
    if (Name.drop_front(1).getAsInteger(10, CP))
      return false;
  } else {
    for (const Entity &E : Entities)
      if (Name == E.Name)
        CP = E.CP;
    if (!CP)
      return false;
  }
  if (CP == 0 || CP > 0x10FFFF)
    return false;
  appendUtf8(Out, CP);
  I = Semi;
  return true;
}

static bool isBlockTag(llvm::StringRef T) {
  static const char *Block[] = {
      "p",       "div",     "br",     "li",      "ul",     "ol",
      "tr",      "table",   "section", "article", "header", "footer",
      "nav",     "main",    "blockquote", "dd",  "dt",     "dl",
      "hr",      "body",    "html",   "aside",   "figure", "address",
      "caption", "details", "summary", "pre",    "form"};
  for (const char *B : Block)
    if (T == B)
      return true;
  return false;
}

std::vector<SourceLine> htmlToLines(llvm::StringRef S) {
  std::vector<SourceLine> Lines;
  std::string Cur;
  unsigned SrcLine = 1, CurLine = 1;
  auto Flush = [&] {
    Lines.push_back({CurLine, Cur});
    Cur.clear();
    CurLine = SrcLine;
  };
  auto Space = [&] {
    if (!Cur.empty() && Cur.back() != ' ')
      Cur += ' ';
  };
  for (size_t I = 0; I < S.size(); ++I) {
    char C = S[I];
    if (C == '\n') {
      ++SrcLine;
      Space();
      if (llvm::StringRef(Cur).trim().empty())
        CurLine = SrcLine;
      continue;
    }
    if (C == '<') {
      if (S.substr(I).starts_with("<!--")) {
        size_t End = S.find("-->", I);
        End = End == llvm::StringRef::npos ? S.size() : End + 3;
        SrcLine += S.slice(I, End).count('\n');
        I = End - 1;
        continue;
      }
      size_t End = S.find('>', I);
      if (End == llvm::StringRef::npos)
        break;
      llvm::StringRef Tag = S.slice(I + 1, End);
      SrcLine += Tag.count('\n');
      bool Closing = Tag.consume_front("/");
      llvm::StringRef Name =
          Tag.take_while([](char Ch) { return llvm::isAlnum(Ch); });
      std::string Lower = Name.lower();
      I = End;
      if (!Closing && (Lower == "script" || Lower == "style" ||
                       Lower == "head" || Lower == "template" ||
                       Lower == "noscript")) {
        std::string Close = "</" + Lower;
        size_t CloseAt = llvm::StringRef(llvm::StringRef(S).lower()).find(Close, I);
        size_t Skip = CloseAt == llvm::StringRef::npos ? S.size() : CloseAt;
        SrcLine += S.slice(I, Skip).count('\n');
        size_t Gt = S.find('>', Skip);
        I = Gt == llvm::StringRef::npos ? S.size() : Gt;
        continue;
      }
      if (Lower.size() == 2 && Lower[0] == 'h' && Lower[1] >= '1' &&
          Lower[1] <= '6') {
        Flush();
        if (!Closing)
          Cur = std::string(Lower[1] - '0', '#') + " ";
        continue;
      }
      if (isBlockTag(Lower)) {
        if (Closing && Lower == "dt")
          Cur += "**";
        bool Text = !llvm::StringRef(Cur).trim().empty();
        Flush();
        // Paragraphs are separated by a blank line, as in text.
        if (Text && Lower != "br")
          Lines.push_back({CurLine, ""});
        if (!Closing && Lower == "li")
          Cur = "- ";
        if (!Closing && Lower == "dt") // A term heads its definition.
          Cur += "**";
        continue;
      }
      // Bold text: a paragraph that is only bold reads as a heading.
      if (Lower == "strong" || Lower == "b") {
        Cur += "**";
        continue;
      }
      if (Lower == "td" || Lower == "th")
        Space();
      continue;
    }
    if (C == '&' && decodeEntity(S, I, Cur))
      continue;
    if (C == '\t' || C == '\r' || C == ' ') {
      Space();
      continue;
    }
    if (llvm::StringRef(Cur).trim().empty() && Cur.empty())
      CurLine = SrcLine;
    Cur += C;
  }
  Flush();
  return Lines;
}

// --- Normalisation -----------------------------------------------------------

std::string normalizeLine(llvm::StringRef In) {
  std::string Out;
  Out.reserve(In.size());
  for (size_t I = 0; I < In.size(); ++I) {
    unsigned char C = In[I];
    if (C == '\t' || C == '\r' || C == '\f' || C == '\v') {
      Out += ' ';
      continue;
    }
    if (C < 0x80) {
      Out += static_cast<char>(C);
      continue;
    }
    // Decode one UTF-8 sequence (input is valid UTF-8 here).
    unsigned Len = C >= 0xF0 ? 4 : C >= 0xE0 ? 3 : 2;
    if (I + Len > In.size()) {
      Out += In.substr(I).str();
      break;
    }
    unsigned CP = C & (Len == 2 ? 0x1F : Len == 3 ? 0x0F : 0x07);
    for (unsigned K = 1; K < Len; ++K)
      CP = (CP << 6) | (static_cast<unsigned char>(In[I + K]) & 0x3F);
    llvm::StringRef Seq = In.substr(I, Len);
    I += Len - 1;
    switch (CP) {
    case 0xA0:   // no-break space
    case 0x2007: // figure space
    case 0x202F: // narrow no-break space
    case 0x2002: case 0x2003: case 0x2009: case 0x3000:
      Out += ' ';
      break;
    case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0xAD:
      break; // zero-width and soft hyphen
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      Out += '\'';
      break;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:
      Out += '"';
      break;
    case 0xAB: // French guillemets carry a space inside: drop it.
      Out += '"';
      while (I + 1 < In.size() && In[I + 1] == ' ')
        ++I;
      if (In.substr(I + 1).starts_with("\xC2\xA0") ||
          In.substr(I + 1).starts_with("\xE2\x80\xAF"))
        I += In.substr(I + 1).starts_with("\xC2\xA0") ? 2 : 3;
      break;
    case 0xBB:
      while (!Out.empty() && Out.back() == ' ')
        Out.pop_back();
      Out += '"';
      break;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2212:
      Out += '-';
      break;
    case 0x2022: case 0x25CF: case 0x25E6: case 0x25AA: case 0x25A0:
    case 0x2023: case 0x2043: case 0x00B7: case 0x2219: case 0x27A2:
    case 0xF0B7: // bullet from Word's Symbol font
      Out += '-';
      break;
    case 0x2026:
      Out += "...";
      break;
    default:
      Out += Seq.str();
    }
  }
  // Collapse runs of spaces and trim.
  std::string Collapsed;
  for (char Ch : Out) {
    if (Ch == ' ' && (Collapsed.empty() || Collapsed.back() == ' '))
      continue;
    Collapsed += Ch;
  }
  while (!Collapsed.empty() && Collapsed.back() == ' ')
    Collapsed.pop_back();
  return Collapsed;
}

std::vector<SourceLine> textToLines(llvm::StringRef S) {
  std::vector<SourceLine> Lines;
  unsigned N = 1;
  while (!S.empty() || Lines.empty()) {
    auto [L, Rest] = S.split('\n');
    Lines.push_back({N++, L.str()});
    if (Rest.empty() && !S.contains('\n'))
      break;
    S = Rest;
    if (S.empty())
      break;
  }
  return Lines;
}

PolicyFormat sniffFormat(llvm::StringRef Path, llvm::StringRef Text) {
  std::string Ext = llvm::StringRef(Path).rsplit('.').second.lower();
  if (Path.contains('.')) {
    if (Ext == "html" || Ext == "htm" || Ext == "xhtml")
      return PolicyFormat::Html;
    if (Ext == "md" || Ext == "markdown")
      return PolicyFormat::Markdown;
  }
  std::string Head = Text.take_front(4096).lower();
  if (Head.find("<html") != std::string::npos ||
      Head.find("<!doctype html") != std::string::npos ||
      Head.find("<h1") != std::string::npos ||
      Head.find("<h2") != std::string::npos ||
      Head.find("<p>") != std::string::npos)
    return PolicyFormat::Html;
  for (llvm::StringRef L : llvm::split(Text.take_front(65536), '\n'))
    if (L.starts_with("# ") || L.starts_with("## "))
      return PolicyFormat::Markdown;
  return PolicyFormat::Text;
}

} // namespace policy
} // namespace consentlint
