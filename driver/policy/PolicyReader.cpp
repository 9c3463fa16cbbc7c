//===- PolicyReader.cpp - Read a privacy policy into a section tree -------===//
//
// Lines are classified by form (Markdown and HTML headings, numbers such as
// "2.", "2.5", "II.", "a.", bold lines, short title-like lines followed by
// prose), the file is split into translations where the language of its
// prose changes, and each translation becomes a tree of sections:
//
//   * a table of contents repeats headings without body text; the heading
//     that is followed by body text is the section;
//   * a top-level number that does not continue the sequence (1, 2, 3 ...)
//     starts a sub-list inside the current section, not a section; letters
//     under such a list item are list items too;
//   * a heading fused with the first sentence of its body is cut where the
//     sentence starts.
//
//===----------------------------------------------------------------------===//

#include "driver/policy/PolicyReader.h"
#include "driver/policy/PolicyText.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FileUtilities.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/SHA256.h"
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace consentlint {
namespace policy {

// --- Data --------------------------------------------------------------------

const rules::LanguageProfile *LanguageData::find(llvm::StringRef Code) const {
  for (const rules::LanguageProfile &L : Languages)
    if (L.Code == Code)
      return &L;
  return nullptr;
}

llvm::Expected<LanguageData> loadLanguageData(llvm::StringRef Dir) {
  llvm::SmallString<256> Langs(Dir), Lex(Dir);
  llvm::sys::path::append(Langs, "languages.yaml");
  llvm::sys::path::append(Lex, "lexicon.yaml");
  if (!llvm::sys::fs::exists(Langs) || !llvm::sys::fs::exists(Lex))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "error: policy data (languages.yaml, lexicon.yaml) not found in '" +
            Dir.str() +
            "'; set CONSENTLINT_POLICY_DIR to the rules/policy directory "
            "[consentlint-config]");
  LanguageData D;
  auto L = rules::loadLanguageProfiles(Langs);
  if (!L)
    return L.takeError();
  D.Languages = std::move(*L);
  auto X = rules::loadLexicon(Lex);
  if (!X)
    return X.takeError();
  D.Lexicon = std::move(*X);
  return D;
}

const Section *Block::find(llvm::StringRef Id) const {
  for (const Section &S : Sections)
    if (S.Id == Id)
      return &S;
  return nullptr;
}

const Block *Document::block(llvm::StringRef Language) const {
  if (Blocks.empty())
    return nullptr;
  if (Language.empty())
    return &Blocks.front();
  for (const Block &B : Blocks)
    if (B.Language == Language)
      return &B;
  return nullptr;
}

std::string formatWarning(const Document &D, const Diagnostic &W) {
  std::string S = D.File;
  if (W.Line)
    S += ":" + std::to_string(W.Line) + ":" + std::to_string(W.Column);
  return S + ": warning: " + W.Message;
}

// --- Text helpers -------------------------------------------------------------

std::string lowerText(llvm::StringRef S) {
  std::string Out = S.str();
  for (size_t I = 0; I < Out.size(); ++I) {
    unsigned char C = Out[I];
    if (C < 0x80) {
      Out[I] = llvm::toLower(C);
    } else if (C == 0xC3 && I + 1 < Out.size()) {
      unsigned char N = Out[I + 1];
      if (N >= 0x80 && N <= 0x9E && N != 0x97)
        Out[I + 1] = static_cast<char>(N + 0x20);
      ++I;
    }
  }
  return Out;
}

static bool isWordByte(unsigned char C) {
  return C >= 0x80 || llvm::isAlnum(C);
}

template <typename Fn> static void forEachWord(llvm::StringRef S, Fn F) {
  size_t I = 0;
  while (I < S.size()) {
    while (I < S.size() && !isWordByte(S[I]))
      ++I;
    size_t B = I;
    while (I < S.size() && isWordByte(S[I]))
      ++I;
    if (I > B)
      F(S.slice(B, I));
  }
}

static bool upperStart(llvm::StringRef W) {
  if (W.empty())
    return false;
  unsigned char C = W[0];
  if (C < 0x80)
    return llvm::isUpper(C);
  return C == 0xC3 && W.size() > 1 &&
         static_cast<unsigned char>(W[1]) >= 0x80 &&
         static_cast<unsigned char>(W[1]) <= 0x9E;
}

static bool lowerStart(llvm::StringRef W) {
  if (W.empty())
    return false;
  unsigned char C = W[0];
  if (C < 0x80)
    return llvm::isLower(C);
  return C == 0xC3 && W.size() > 1 &&
         static_cast<unsigned char>(W[1]) >= 0x9F;
}

static std::vector<llvm::StringRef> words(llvm::StringRef S) {
  llvm::SmallVector<llvm::StringRef, 16> Parts;
  S.split(Parts, ' ', -1, /*KeepEmpty=*/false);
  return {Parts.begin(), Parts.end()};
}

/// Letters and digits only, lowercased: for comparing headings.
static std::string titleKey(llvm::StringRef S) {
  std::string L = lowerText(S), Out;
  for (char C : L)
    if (isWordByte(C))
      Out += C;
  return Out;
}

static unsigned romanValue(llvm::StringRef R) {
  auto V = [](char C) -> unsigned {
    switch (C) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    default: return 0;
    }
  };
  unsigned Total = 0;
  for (size_t I = 0; I < R.size(); ++I) {
    unsigned A = V(R[I]), B = I + 1 < R.size() ? V(R[I + 1]) : 0;
    if (!A)
      return 0;
    Total += A < B ? -A : A;
  }
  return Total;
}

// --- Line classification -------------------------------------------------------

namespace {

enum class NumKind { None, Decimal, Roman, Letter };

struct Line {
  unsigned Src = 0;
  std::string Text; ///< Normalised, without heading marks.
  bool Blank = true;
  int Markup = 0; ///< 1-6 for Markdown "#", HTML <hN> and setext headings.
  bool Bold = false;
  bool Bullet = false;
  NumKind Kind = NumKind::None;
  std::string Number;
  std::string Title, Rest;
  bool Candidate = false; ///< A heading by its form.
  bool Plain = false;     ///< An unnumbered title-like line before prose.
  bool Dropped = false;   ///< A table-of-contents entry.
  int Top = 0; ///< Decimal top-level number: 1 a section, -1 a list item.
  std::vector<double> Lang;

  bool heading() const { return (Candidate || Plain) && !Dropped; }
  size_t words() const { return policy::words(Text).size(); }
};

class StopWords {
public:
  explicit StopWords(const LanguageData &D) : D(D) {
    for (unsigned I = 0; I < D.Languages.size(); ++I)
      for (const std::string &W : D.Languages[I].StopWords)
        Of[lowerText(W)].push_back(I);
    for (unsigned I = 0; I < D.Languages.size(); ++I)
      for (const std::string &W : D.Languages[I].SentenceVerbs)
        VerbOf[lowerText(W)].push_back(I);
  }
  bool contains(llvm::StringRef W) const { return Of.count(lowerText(W)); }
  /// A sentence verb of language \p Lang (any language when -1).
  bool isVerb(llvm::StringRef W, int Lang) const {
    auto It = VerbOf.find(W.str());
    if (It == VerbOf.end())
      return false;
    return Lang < 0 ||
           std::find(It->second.begin(), It->second.end(),
                     static_cast<unsigned>(Lang)) != It->second.end();
  }
  std::vector<double> score(llvm::StringRef Text) const {
    std::vector<double> S(D.Languages.size(), 0);
    forEachWord(Text, [&](llvm::StringRef W) {
      auto It = Of.find(lowerText(W));
      if (It == Of.end())
        return;
      for (unsigned L : It->second)
        S[L] += 1.0 / It->second.size();
    });
    return S;
  }
  /// The language with the best score, when it is clear; -1 otherwise.
  int best(const std::vector<double> &S, double Min) const {
    int Best = -1;
    double B = 0, Second = 0;
    for (unsigned I = 0; I < S.size(); ++I) {
      if (S[I] > B) {
        Second = B;
        B = S[I];
        Best = I;
      } else if (S[I] > Second) {
        Second = S[I];
      }
    }
    if (B < Min || B < 1.3 * Second)
      return -1;
    return Best;
  }
  const LanguageData &D;

private:
  std::map<std::string, std::vector<unsigned>> Of, VerbOf;
};

} // namespace

/// Parses a leading "2.", "2.5", "2.5.1", "II.", "a.", "a)", "(a)".
static bool parseNumber(llvm::StringRef T, NumKind &Kind, std::string &Number,
                        llvm::StringRef &Rest) {
  T.consume_front("\xC2\xA7"); // §
  T = T.ltrim();
  auto FollowedBySpace = [&](size_t At) {
    return At < T.size() && T[At] == ' ';
  };
  // Decimal.
  size_t I = 0, Parts = 0;
  bool Ok = true;
  while (I < T.size() && llvm::isDigit(T[I])) {
    size_t B = I;
    while (I < T.size() && llvm::isDigit(T[I]))
      ++I;
    if (I - B > 3) {
      Ok = false;
      break;
    }
    ++Parts;
    if (I + 1 < T.size() && T[I] == '.' && llvm::isDigit(T[I + 1]))
      ++I;
    else
      break;
  }
  if (Ok && Parts) {
    llvm::StringRef Num = T.take_front(I);
    size_t After = I;
    bool Punct = After < T.size() && (T[After] == '.' || T[After] == ')');
    if (Punct)
      ++After;
    unsigned First = 0;
    Num.split('.').first.getAsInteger(10, First);
    // "3.Your choices": a top-level number run into its title.
    bool Glued = Punct && Parts == 1 && T[After - 1] == '.' &&
                 After < T.size() && upperStart(T.substr(After));
    if (First <= 300 &&
        ((FollowedBySpace(After) &&
          (Punct || Parts > 1 ||
           (After + 1 < T.size() && upperStart(T.substr(After + 1))))) ||
         Glued)) {
      Kind = NumKind::Decimal;
      // "6.0 Additional information" is section 6.
      while (Num.ends_with(".0") && Num.count('.') >= 1)
        Num = Num.drop_back(2);
      Number = Num.str();
      Rest = T.substr(After).trim();
      return !Rest.empty();
    }
    return false;
  }
  // Roman numeral (upper case, with a dot or parenthesis).
  size_t R = 0;
  while (R < T.size() && llvm::StringRef("IVXLC").contains(T[R]))
    ++R;
  if (R && R <= 6 && R < T.size() && (T[R] == '.' || T[R] == ')') &&
      FollowedBySpace(R + 1) && romanValue(T.take_front(R))) {
    Kind = R == 1 && T[0] != 'I' ? NumKind::Letter : NumKind::Roman;
    Number = T.take_front(R).str();
    Rest = T.substr(R + 1).trim();
    return !Rest.empty();
  }
  // Letters: "a.", "a)", "(a)", "ii." (lower-case roman list items).
  llvm::StringRef U = T;
  bool Paren = U.consume_front("(");
  size_t L = 0;
  while (L < U.size() && llvm::isAlpha(U[L]))
    ++L;
  bool LowerRoman = L > 1 && L <= 4 &&
                    U.take_front(L).find_first_not_of("ivx") ==
                        llvm::StringRef::npos;
  if ((L == 1 || LowerRoman) && L + 1 < U.size() &&
      (U[L] == ')' || (!Paren && U[L] == '.')) && U[L + 1] == ' ') {
    Kind = NumKind::Letter;
    Number = U.take_front(L).str();
    Rest = U.substr(L + 1).trim();
    return !Rest.empty();
  }
  return false;
}

/// Splits a heading line into its title and any body text fused into it
/// ("2.5 Cookies and similar technologies We use cookies to ..."). Returns
/// false when the line reads as a sentence rather than a heading. \p Lang
/// is the line's language (-1 unknown).
static bool cutTitle(llvm::StringRef Text, int Lang, const StopWords &SW,
                     std::string &Title, std::string &Rest) {
  Text = Text.trim();
  bool NounCaps = Lang >= 0 && SW.D.Languages[Lang].CapitalizesNouns;
  std::vector<llvm::StringRef> W = words(Text);
  auto Clean = [](llvm::StringRef T) {
    T = T.trim();
    // Table-of-contents dot leaders and page numbers.
    size_t Dots = T.find("...");
    if (Dots != llvm::StringRef::npos && Dots > 0)
      T = T.take_front(Dots).rtrim();
    T = T.trim();
    if (T.ends_with(":-")) // "Cookies :-"
      T = T.drop_back(2).rtrim();
    while (!T.empty() && llvm::StringRef(":.,").contains(T.back()))
      T = T.drop_back();
    return T.trim().str();
  };
  auto CutAt = [&](size_t At) {
    Title = Clean(Text.take_front(At));
    Rest = Text.substr(At).trim().str();
    return !Title.empty();
  };
  bool Sentence = Text.ends_with(".") && W.size() > 7;
  if (W.size() <= 12 && !Sentence && !Text.ends_with(",") &&
      !Text.ends_with(";")) {
    // A short line may still hold a sentence after a dropped name ("Types
    // of cookies uses the following types."): cut before a full verb (not
    // "is", "are") followed by three words or more.
    if ((Text.ends_with(".") || W.size() >= 8) && !Text.contains('?') &&
        !Text.contains(", "))
      for (size_t I = 2; I + 3 < W.size(); ++I)
        if (W[I].size() >= 5 && lowerStart(W[I]) && SW.isVerb(W[I], Lang))
          return CutAt(W[I].data() - Text.data());
    Title = Clean(Text);
    return !Title.empty();
  }
  // An explicit separator early in the line.
  for (llvm::StringRef Sep : {": ", " - ", ". ", "? ", "?, "}) {
    size_t P = Text.find(Sep);
    if (P == llvm::StringRef::npos || P == 0 || P > 100)
      continue;
    llvm::StringRef Pre = Text.take_front(P);
    size_t N = words(Pre).size();
    if (N < 1 || N > 12)
      continue;
    if (Sep == ". " && (llvm::isDigit(Pre.back()) || N == 1))
      continue;
    bool Question = Sep.starts_with("?");
    Title = Clean(Text.take_front(P + (Question ? 1 : 0)));
    Rest = Text.substr(P + Sep.size()).trim().str();
    return !Title.empty();
  }
  // Where the body's first sentence starts, the earlier of: a finite verb
  // whose subject (a name) was dropped or stands in the heading ("Types of
  // cookies uses the following ..."; the title keeps two words at least),
  // and a capitalised stop word ("We", "Wir", "Nous") or, where nouns are
  // not capitalised, a capital after a lowercase word.
  size_t VerbAt = 0, CapAt = 0;
  for (size_t I = 2; I < W.size() && I <= 12 && !VerbAt; ++I)
    if (lowerStart(W[I]) && SW.isVerb(W[I], Lang))
      VerbAt = I;
  for (size_t I = 1; I < W.size() && I <= 14 && !CapAt; ++I) {
    if (!upperStart(W[I]))
      continue;
    bool NextLower = false;
    for (size_t K = I + 1; K < W.size() && K <= I + 3; ++K)
      NextLower |= lowerStart(W[K]);
    if (!NextLower)
      continue;
    llvm::StringRef Prev = W[I - 1];
    bool PrevIsConnector = SW.contains(Prev) && lowerStart(Prev);
    if (PrevIsConnector)
      continue;
    if (SW.contains(W[I]) ||
        (!NounCaps && lowerStart(Prev) && !Prev.ends_with(",")))
      CapAt = I;
  }
  if (VerbAt || CapAt) {
    size_t I = !VerbAt ? CapAt : !CapAt ? VerbAt : std::min(VerbAt, CapAt);
    return CutAt(W[I].data() - Text.data());
  }
  // A title-case heading ends where lowercase prose begins: "Cookies and
  // Similar Tracking Technologies collects information ...".
  if (!NounCaps) {
    size_t Caps = 0, I = 0;
    for (; I < W.size() && I <= 12; ++I) {
      if (upperStart(W[I]) || llvm::isDigit(W[I].front()) || W[I] == "&")
        ++Caps;
      else if (!(SW.contains(W[I]) && W[I].size() <= 4))
        break;
    }
    if (Caps >= 3 && I < W.size() && I + 2 < W.size() && lowerStart(W[I]))
      return CutAt(W[I].data() - Text.data());
  }
  // A question or short title followed by a comma: "Who sets cookies, on
  // our own or through service providers, ...".
  size_t Comma = Text.find(", ");
  if (Comma != llvm::StringRef::npos) {
    size_t N = words(Text.take_front(Comma)).size();
    if (N >= 2 && N <= 6)
      return CutAt(Comma);
  }
  // A long title with no sentence in it: "6.1 Access to or correction of
  // your data from within the services".
  if (W.size() <= 20 && !Text.contains(". ") && !Text.ends_with(".") &&
      !Text.ends_with(",") && !Text.ends_with(";")) {
    Title = Clean(Text);
    return !Title.empty();
  }
  return false;
}

static std::string stripInlineMarkdown(llvm::StringRef S) {
  std::string Out;
  for (size_t I = 0; I < S.size(); ++I) {
    // [text](url) -> text
    if (S[I] == '[') {
      size_t Close = S.find("](", I);
      size_t End = Close == llvm::StringRef::npos ? Close : S.find(')', Close);
      if (Close != llvm::StringRef::npos && End != llvm::StringRef::npos &&
          S.slice(I + 1, Close).find('\n') == llvm::StringRef::npos) {
        Out += S.slice(I + 1, Close).str();
        I = End;
        continue;
      }
    }
    if ((S[I] == '*' || S[I] == '_') && I + 1 < S.size() && S[I + 1] == S[I]) {
      ++I;
      continue;
    }
    if (S[I] == '`')
      continue;
    Out += S[I];
  }
  return Out;
}

static bool isRule(llvm::StringRef T, char &C) {
  if (T.size() < 3)
    return false;
  C = T[0];
  if (!llvm::StringRef("-*_=").contains(C))
    return false;
  for (char X : T)
    if (X != C && X != ' ')
      return false;
  return true;
}

static std::vector<Line> classify(const std::vector<SourceLine> &Raw,
                                  const StopWords &SW) {
  std::vector<Line> Lines;
  for (const SourceLine &R : Raw) {
    Line L;
    L.Src = R.Line;
    std::string T = normalizeLine(R.Text);
    llvm::StringRef S = llvm::StringRef(T).ltrim();
    char RuleChar = 0;
    if (S.empty()) {
      Lines.push_back(std::move(L));
      continue;
    }
    if (isRule(S, RuleChar)) {
      // Setext underline of a one-line paragraph, else a horizontal rule.
      if ((RuleChar == '=' || RuleChar == '-') && !Lines.empty() &&
          !Lines.back().Blank && !Lines.back().Candidate &&
          !Lines.back().Bullet && Lines.back().words() <= 12 &&
          (Lines.size() < 2 || Lines[Lines.size() - 2].Blank)) {
        Line &P = Lines.back();
        P.Markup = RuleChar == '=' ? 1 : 2;
        P.Candidate = true;
        P.Title = P.Text;
        llvm::StringRef Rest;
        NumKind K;
        std::string Num;
        if (parseNumber(P.Text, K, Num, Rest)) {
          P.Kind = K;
          P.Number = Num;
          P.Title = Rest.str();
        }
      }
      Lines.push_back(std::move(L));
      continue;
    }
    L.Blank = false;
    // A Markdown blockquote is read as its text.
    while (S.starts_with(">"))
      S = S.drop_front(1).ltrim();
    if (S.empty()) {
      L.Blank = true;
      Lines.push_back(std::move(L));
      continue;
    }
    size_t Hashes = 0;
    while (Hashes < S.size() && S[Hashes] == '#')
      ++Hashes;
    if (Hashes >= 1 && Hashes <= 6 && Hashes < S.size() && S[Hashes] == ' ') {
      L.Markup = Hashes;
      S = S.drop_front(Hashes).trim();
      S = S.rtrim("#").rtrim();
    } else if (S.starts_with("- ") || S.starts_with("* ") ||
               S.starts_with("+ ")) {
      L.Bullet = true;
      S = S.drop_front(2).ltrim();
    }
    std::string Clean = stripInlineMarkdown(S);
    if (!L.Markup && !L.Bullet && S.size() > 4 &&
        ((S.starts_with("**") && (S.ends_with("**") || S.ends_with("**:"))) ||
         (S.starts_with("__") && S.ends_with("__"))) &&
        S.drop_front(2).drop_back(2).find("**") == llvm::StringRef::npos)
      L.Bold = true;
    L.Text = Clean;
    L.Lang = SW.score(L.Text);
    if (L.Bullet) {
      Lines.push_back(std::move(L));
      continue;
    }
    llvm::StringRef Rest = L.Text;
    std::string Num;
    NumKind K = NumKind::None;
    if (parseNumber(L.Text, K, Num, Rest)) {
      L.Kind = K;
      L.Number = Num;
    } else {
      Rest = L.Text;
    }
    if (L.Markup && words(Rest).size() <= 20 &&
        !llvm::StringRef(Rest).rtrim().ends_with(".")) {
      // A Markdown or HTML heading is a heading as written, unless it holds
      // a sentence.
      L.Candidate = true;
      L.Title = llvm::StringRef(Rest).trim().rtrim(":").rtrim().str();
      // ... or a sentence run into it after a dropped name ("Types of
      // cookies uses the following types").
      std::vector<llvm::StringRef> W = words(L.Title);
      int Lang = SW.best(L.Lang, 1.0);
      llvm::StringRef T(L.Title);
      if (W.size() >= 8 && !T.contains('?') && !T.contains(", "))
        for (size_t I = 2; I + 3 < W.size(); ++I)
          if (W[I].size() >= 5 && lowerStart(W[I]) && SW.isVerb(W[I], Lang)) {
            size_t At = W[I].data() - L.Title.data();
            L.Rest = L.Title.substr(At);
            L.Title = llvm::StringRef(L.Title).take_front(At).rtrim().str();
            break;
          }
    } else if (L.Markup || L.Bold || L.Kind != NumKind::None) {
      int Lang = SW.best(L.Lang, 1.0);
      L.Candidate = cutTitle(Rest, Lang, SW, L.Title, L.Rest);
      if (!L.Candidate && L.Kind == NumKind::Letter && !L.Markup &&
          words(Rest).size() <= 12) { // "c. Delete cookies (opt-out)."
        L.Candidate = true;
        L.Title = Rest.rtrim(".").str();
      }
      if (!L.Candidate && L.Markup) { // A Markdown heading stays a heading.
        L.Candidate = true;
        L.Title = Rest.str();
      }
    }
    Lines.push_back(std::move(L));
  }
  // Unnumbered title-like lines directly before prose.
  auto Prose = [&](size_t J) {
    const Line &N = Lines[J];
    if (N.Blank || N.Candidate)
      return false;
    size_t Wd = N.words();
    return N.Bullet || N.Kind != NumKind::None || Wd >= 6 ||
           llvm::StringRef(N.Text).ends_with(".") ||
           llvm::StringRef(N.Text).ends_with(":");
  };
  // Is the text wrapped at a fixed width? Exports of web pages keep each
  // paragraph on one line, so a long line followed by text is no sign of a
  // wrapped paragraph there.
  std::vector<size_t> Lengths;
  for (const Line &L : Lines)
    if (!L.Blank)
      Lengths.push_back(L.Text.size());
  std::sort(Lengths.begin(), Lengths.end());
  bool Wrapped = Lengths.empty() || Lengths[Lengths.size() * 9 / 10] < 150;
  for (size_t I = 0; I < Lines.size(); ++I) {
    Line &L = Lines[I];
    if (L.Blank || L.Candidate || L.Bullet || L.Kind != NumKind::None)
      continue;
    llvm::StringRef T = L.Text;
    if (L.words() > 10 || T.size() > 90 || !upperStart(T) ||
        llvm::StringRef(".,;:").contains(T.back()) || T.contains('@') ||
        T.contains("://"))
      continue;
    if (I > 0 && !Lines[I - 1].Blank && !Lines[I - 1].Candidate)
      continue;
    // The first line of a wrapped paragraph is not a heading: it holds a
    // sentence end, or runs to the wrap width with text right below it.
    if (T.contains(". ") ||
        (I + 1 < Lines.size() && !Lines[I + 1].Blank &&
         ((Wrapped && T.size() >= 60) || lowerStart(Lines[I + 1].Text))))
      continue;
    size_t J = I + 1;
    while (J < Lines.size() && J <= I + 2 && Lines[J].Blank)
      ++J;
    if (J >= Lines.size() || !Prose(J))
      continue;
    L.Plain = true;
    L.Title = T.ends_with(":-") ? T.drop_back(2).rtrim().str() : T.str();
  }
  return Lines;
}

// --- Translations --------------------------------------------------------------

namespace {
struct Para {
  size_t Begin, End; ///< Line indices, End exclusive.
  int Lang;
  double Score;
};
} // namespace

/// Splits the lines into translations: [Begin, End) line-index ranges.
static std::vector<std::pair<size_t, size_t>>
splitTranslations(const std::vector<Line> &Lines, const StopWords &SW) {
  std::vector<Para> Paras;
  for (size_t I = 0; I < Lines.size();) {
    if (Lines[I].Blank || Lines[I].heading()) {
      ++I;
      continue;
    }
    size_t B = I;
    std::vector<double> S(SW.D.Languages.size(), 0);
    while (I < Lines.size() && !Lines[I].Blank && !Lines[I].heading()) {
      for (size_t K = 0; K < S.size(); ++K)
        S[K] += Lines[I].Lang[K];
      ++I;
    }
    int Lang = SW.best(S, 2.5);
    if (Lang >= 0)
      Paras.push_back({B, I, Lang, S[Lang]});
  }
  std::vector<size_t> Starts{0};
  int Cur = Paras.empty() ? -1 : Paras.front().Lang;
  for (size_t P = 1; P < Paras.size(); ++P) {
    if (Paras[P].Lang == Cur)
      continue;
    // A change of language that lasts, not a quoted sentence.
    size_t Run = 0;
    double Sum = 0;
    for (size_t Q = P; Q < Paras.size() && Paras[Q].Lang == Paras[P].Lang; ++Q) {
      ++Run;
      Sum += Paras[Q].Score;
    }
    if (Run < 2 && Sum < 8 && P + Run < Paras.size())
      continue;
    size_t A = Paras[P - 1].End, B = Paras[P].Begin;
    int MinMarkup = 7;
    for (size_t I = A; I < B; ++I)
      if (Lines[I].heading() && Lines[I].Markup)
        MinMarkup = std::min(MinMarkup, Lines[I].Markup);
    size_t Cut = B, FirstHeading = B;
    for (size_t I = A; I < B; ++I) {
      const Line &L = Lines[I];
      if (!L.heading())
        continue;
      FirstHeading = std::min(FirstHeading, I);
      bool Restart = (L.Markup && L.Markup == MinMarkup) ||
                     L.Number == "1" || L.Number == "I" || L.Number == "A" ||
                     L.Number == "a" || L.Bold || L.Plain;
      if (Restart) {
        Cut = I;
        break;
      }
    }
    if (Cut == B)
      Cut = FirstHeading;
    // Take along a title line just before the restart.
    while (Cut > A) {
      const Line &P2 = Lines[Cut - 1];
      if (P2.Blank || (P2.heading() && P2.Kind == NumKind::None) ||
          (!P2.Bullet && P2.Kind == NumKind::None && P2.words() <= 6 &&
           !llvm::StringRef(P2.Text).ends_with(".")))
        --Cut;
      else
        break;
    }
    Starts.push_back(Cut);
    Cur = Paras[P].Lang;
  }
  std::vector<std::pair<size_t, size_t>> Out;
  for (size_t I = 0; I < Starts.size(); ++I)
    Out.push_back({Starts[I], I + 1 < Starts.size() ? Starts[I + 1] : Lines.size()});
  return Out;
}

// --- Sections ----------------------------------------------------------------

static bool sameHeading(const Line &A, const Line &B) {
  if (A.Number != B.Number)
    return false;
  std::string KA = titleKey(A.Title), KB = titleKey(B.Title);
  if (KA.empty() || KB.empty())
    return KA == KB && !A.Number.empty();
  return llvm::StringRef(KA).starts_with(KB) ||
         llvm::StringRef(KB).starts_with(KA);
}

namespace {
struct TocEntry {
  std::string Number, Title;
};
} // namespace

static bool similarTitle(llvm::StringRef A, llvm::StringRef B) {
  std::string KA = titleKey(A), KB = titleKey(B);
  if (KA.empty() || KB.empty())
    return false;
  return llvm::StringRef(KA).starts_with(KB) ||
         llvm::StringRef(KB).starts_with(KA);
}

/// Drops table-of-contents entries and returns the numbered ones. A table
/// of contents is a run of three or more headings without body text most of
/// which are repeated later; elsewhere, a heading without body text that is
/// repeated later in the same translation is an entry too.
static std::vector<TocEntry> dropTableOfContents(std::vector<Line> &Lines,
                                                 size_t Begin, size_t End) {
  std::vector<TocEntry> Toc;
  auto Later = [&](const Line &L, size_t From) {
    for (size_t K = From; K < End; ++K)
      if (Lines[K].heading() && !Lines[K].Dropped && sameHeading(L, Lines[K]))
        return true;
    return false;
  };
  for (size_t I = Begin; I < End; ++I) {
    if (!Lines[I].heading() || !Lines[I].Rest.empty() || Lines[I].Dropped)
      continue;
    std::vector<size_t> Run;
    size_t J = I;
    for (; J < End; ++J) {
      if (Lines[J].Blank)
        continue;
      if (!Lines[J].heading() || !Lines[J].Rest.empty() ||
          Lines[J].Kind == NumKind::None)
        break;
      size_t N = J + 1;
      while (N < End && Lines[N].Blank)
        ++N;
      if (N < End && !Lines[N].heading())
        break; // Followed by its text: the section itself.
      Run.push_back(J);
    }
    if (Run.size() >= 3) {
      unsigned Repeated = 0;
      for (size_t K : Run)
        Repeated += Later(Lines[K], J);
      if (2 * Repeated >= Run.size()) {
        for (size_t K : Run) {
          Lines[K].Dropped = true;
          if (Lines[K].Kind == NumKind::Decimal ||
              Lines[K].Kind == NumKind::Roman)
            Toc.push_back({Lines[K].Number, Lines[K].Title});
        }
        I = J - 1;
        continue;
      }
    }
    Line &L = Lines[I];
    size_t N = I + 1;
    while (N < End && Lines[N].Blank)
      ++N;
    bool HasBody = N < End && !Lines[N].heading();
    if (!HasBody && Later(L, I + 1))
      L.Dropped = true;
  }
  return Toc;
}

/// Decides which decimal top-level numbers are sections: a section number
/// continues the sequence (2 is followed by 3), is not contradicted by the
/// sub-sections that follow it ("3." followed by "2.6" is a list item inside
/// section 2) and, when there is a table of contents, is listed there.
static void decideTopLevel(std::vector<Line> &Lines, size_t Begin, size_t End,
                           const std::vector<TocEntry> &Toc) {
  auto TopNumber = [](const Line &L) {
    unsigned N = 0;
    if (L.Kind != NumKind::Decimal || llvm::StringRef(L.Number).contains('.') ||
        llvm::StringRef(L.Number).getAsInteger(10, N))
      return 0u;
    return N;
  };
  unsigned Top = 0, LastItem = 0; // The last list number since Top.
  for (size_t I = Begin; I < End; ++I) {
    Line &L = Lines[I];
    if (!L.heading())
      continue;
    unsigned N = TopNumber(L);
    if (!N)
      continue;
    // The next sub-section number tells which section we are in.
    unsigned Next = 0;
    for (size_t K = I + 1; K < End && !Next; ++K) {
      const Line &M = Lines[K];
      if (M.heading() && M.Kind == NumKind::Decimal &&
          llvm::StringRef(M.Number).contains('.'))
        llvm::StringRef(M.Number).split('.').first.getAsInteger(10, Next);
    }
    bool Confirmed = Next == N, Contradicted = Next && Next < N;
    if (L.Markup) { // A Markdown or HTML heading is a section unless the
                    // numbers say it is a list inside one (an <h4> "1.").
      L.Top = N > Top && !Contradicted ? 1 : -1;
      if (L.Top > 0)
        Top = N;
      continue;
    }
    bool InToc = false, TitleOk = false;
    for (const TocEntry &E : Toc)
      if (E.Number == L.Number) {
        InToc = true;
        TitleOk |= similarTitle(E.Title, L.Title);
      }
    bool IsTop;
    if (N <= Top)
      IsTop = false;
    else if (!Toc.empty())
      IsTop =
          InToc && (TitleOk || (!Contradicted && (N == Top + 1 || Confirmed)));
    else // A gap (a deleted section) only where no list continues.
      IsTop = !Contradicted && (N == Top + 1 || Confirmed ||
                                (N <= Top + 3 && LastItem + 1 != N));
    L.Top = IsTop ? 1 : -1;
    if (IsTop) {
      Top = N;
      LastItem = 0;
    } else {
      LastItem = N;
    }
  }
}

namespace {
struct Builder {
  std::vector<Line> &Lines;
  Block &B;
  std::vector<Section> Secs;
  std::vector<bool> Structural;
  std::vector<int> Stack;
  unsigned LastTop = 0, LastRoman = 0;
  bool ListContext = false;
  int NumItem = -1; ///< The open numbered list item, -1 none.
  std::vector<TocEntry> Toc;
  int Current = -1;
  int LastStructural = -1;
  std::map<int, unsigned> MarkupDepth;

  Builder(std::vector<Line> &Lines, Block &B) : Lines(Lines), B(B) {}

  void addBody(llvm::StringRef Text) {
    if (Current < 0 || Text.empty())
      return;
    std::string &Body = Secs[Current].Body;
    if (!Body.empty())
      Body += '\n';
    Body += Text.str();
  }

  void open(const Line &L, std::string Id, unsigned Depth, bool IsStructural) {
    while (!Stack.empty() && Secs[Stack.back()].Depth >= Depth)
      Stack.pop_back();
    Section S;
    S.Id = std::move(Id);
    S.Numbered = !S.Id.empty();
    S.Title = L.Title;
    S.Line = L.Src;
    S.Depth = Depth;
    S.Parent = Stack.empty() ? -1 : Stack.back();
    Secs.push_back(std::move(S));
    Structural.push_back(IsStructural);
    Current = Secs.size() - 1;
    Stack.push_back(Current);
    if (IsStructural)
      LastStructural = Current;
    ListContext = false;
    NumItem = -1;
    if (S.Numbered && S.Depth == 1)
      for (const TocEntry &E : Toc)
        if (E.Number == Secs.back().Id && !similarTitle(E.Title, L.Title))
          Secs.back().TocTitle = E.Title;
    addBody(L.Rest);
  }

  /// An item of a list inside the current section: numbers under the
  /// section, letters under the open numbered item (or the section).
  void openItem(const Line &L) {
    bool Letter = L.Kind == NumKind::Letter;
    int Parent = Letter && NumItem >= 0 ? NumItem : LastStructural;
    if (Parent < 0) {
      addBody(L.Text);
      return;
    }
    while (!Stack.empty() && Stack.back() != Parent)
      Stack.pop_back();
    Section S;
    S.Id = "(" + L.Number + ")"; // Prefixed by the parent's in assignIds.
    S.Numbered = true;
    S.Item = true;
    S.Title = L.Title.empty() ? L.Text : L.Title;
    S.Line = L.Src;
    S.Depth = Secs[Parent].Depth + 1;
    S.Parent = Parent;
    Secs.push_back(std::move(S));
    Structural.push_back(false);
    Current = Secs.size() - 1;
    Stack.push_back(Current);
    if (!Letter)
      NumItem = Current;
    ListContext = true;
    addBody(L.Rest);
  }

  unsigned structuralDepth() const {
    return LastStructural < 0 ? 0 : Secs[LastStructural].Depth;
  }

  /// The id of the nearest open section at depth < \p Depth.
  std::string parentId(unsigned Depth) const {
    for (auto It = Stack.rbegin(); It != Stack.rend(); ++It)
      if (Secs[*It].Depth < Depth)
        return Secs[*It].Id;
    return "";
  }

  void build(size_t Begin, size_t End);
  void prune();
  void assignIds();
};
} // namespace

void Builder::build(size_t Begin, size_t End) {
  // What kinds of structure does this translation use?
  bool HasNumberedTop = false, HasMarkup = false;
  std::map<int, unsigned> PerMarkup;
  int MinMarkup = 7;
  bool NumberedPlain = false;
  for (size_t I = Begin; I < End; ++I) {
    const Line &L = Lines[I];
    if (!L.heading())
      continue;
    bool Top = (L.Kind == NumKind::Decimal &&
                !llvm::StringRef(L.Number).contains('.') && L.Top > 0) ||
               L.Kind == NumKind::Roman;
    if (Top && L.Markup)
      HasNumberedTop = true;
    NumberedPlain |= Top && !L.Markup;
    if (L.Markup) {
      HasMarkup = true;
      ++PerMarkup[L.Markup];
      MinMarkup = std::min(MinMarkup, L.Markup);
    }
  }
  // Numbered lines are the structure of a plain-text policy; in one
  // structured by Markdown or HTML headings they count when they continue
  // that structure (numbered headings), not when the headings are unnumbered.
  if (!HasMarkup)
    HasNumberedTop = NumberedPlain;
  // A policy structured by bold headings whose numbered lines start again
  // at 1 under each of them: the numbers are lists inside those sections.
  unsigned Bold = 0, Ones = 0;
  bool BoldSinceOne = true;
  for (size_t I = Begin; I < End; ++I) {
    const Line &L = Lines[I];
    if (!L.heading())
      continue;
    if (L.Bold && L.Kind == NumKind::None) {
      ++Bold;
      BoldSinceOne = true;
    } else if (!L.Markup && L.Kind == NumKind::Decimal && L.Number == "1" &&
               BoldSinceOne) {
      ++Ones;
      BoldSinceOne = false;
    }
  }
  bool ListsUnderBold = !HasMarkup && Bold >= 3 && Ones >= 2;
  if (ListsUnderBold)
    HasNumberedTop = false;
  bool TitleTaken = false;
  // A short first line that is not a heading names the document.
  for (size_t I = Begin; I < End; ++I) {
    const Line &L = Lines[I];
    if (L.Blank)
      continue;
    if (!L.heading() && !L.Bullet && L.Kind == NumKind::None &&
        L.words() <= 10 && !llvm::StringRef(L.Text).ends_with("."))
      B.Title = L.Text;
    break;
  }
  for (size_t I = Begin; I < End; ++I) {
    Line &L = Lines[I];
    if (L.Blank)
      continue;
    if (!L.heading()) {
      if (!L.Dropped) // List items keep their mark (PolicyMapper counts them).
        addBody(L.Bullet ? "- " + L.Text : L.Text);
      continue;
    }
    bool Started = !Secs.empty();
    if (L.Markup) {
      if (L.Kind == NumKind::Decimal && L.Top < 0) {
        openItem(L);
        continue;
      }
      if (L.Kind == NumKind::Decimal) {
        unsigned Depth = llvm::StringRef(L.Number).count('.') + 1;
        MarkupDepth[L.Markup] = Depth;
        if (Depth == 1)
          llvm::StringRef(L.Number).getAsInteger(10, LastTop);
        open(L, L.Number, Depth, true);
        continue;
      }
      if (L.Kind == NumKind::Roman) {
        MarkupDepth[L.Markup] = 1;
        LastRoman = romanValue(L.Number);
        open(L, L.Number, 1, true);
        continue;
      }
      if (L.Kind == NumKind::Letter) {
        unsigned Depth = structuralDepth() + 1;
        std::string P = parentId(Depth);
        open(L, P.empty() ? L.Number : P + "." + L.Number, Depth, true);
        continue;
      }
      // Unnumbered Markdown/HTML heading.
      bool IsTitle = L.Markup == MinMarkup && PerMarkup[L.Markup] == 1 &&
                     !Started && !TitleTaken;
      if (IsTitle || (HasNumberedTop && !Started && !TitleTaken)) {
        if (B.Title.empty())
          B.Title = L.Title;
        TitleTaken = true;
        continue;
      }
      unsigned Depth;
      if (MarkupDepth.count(L.Markup)) {
        Depth = MarkupDepth[L.Markup];
      } else {
        auto Below = MarkupDepth.lower_bound(L.Markup);
        if (Below != MarkupDepth.begin()) {
          --Below;
          Depth = Below->second + (L.Markup - Below->first);
        } else {
          int Base = MinMarkup + (TitleTaken && PerMarkup[MinMarkup] == 1 ? 1 : 0);
          Depth = L.Markup >= Base ? L.Markup - Base + 1 : 1;
        }
      }
      open(L, "", Depth, true);
      continue;
    }
    if (L.Kind == NumKind::Decimal) {
      llvm::StringRef Num(L.Number);
      unsigned Depth = Num.count('.') + 1;
      if (Depth == 1) {
        unsigned N = 0;
        Num.getAsInteger(10, N);
        if (L.Top > 0 && (!HasMarkup || HasNumberedTop) && !ListsUnderBold) {
          LastTop = N;
          open(L, L.Number, 1, true);
        } else {
          openItem(L);
        }
        continue;
      }
      std::string Prefix = Num.rsplit('.').first.str();
      bool ParentOpen = false;
      for (int S : Stack)
        ParentOpen |= Secs[S].Id == Prefix;
      if (ParentOpen) {
        open(L, L.Number, Depth, true);
      } else {
        addBody(L.Text);
      }
      continue;
    }
    if (L.Kind == NumKind::Roman) {
      unsigned V = romanValue(L.Number);
      if (V == LastRoman + 1) {
        LastRoman = V;
        open(L, L.Number, 1, true);
      } else {
        addBody(L.Text);
      }
      continue;
    }
    if (L.Kind == NumKind::Letter) {
      // A lettered sub-section continues "a, b, c" under the current
      // section; anything else (or letters under a sub-list) is a list item.
      bool CurLettered = false;
      char Want = 'a';
      if (Current >= 0) {
        llvm::StringRef CId(Secs[Current].Id);
        llvm::StringRef Last = CId.rsplit('.').second;
        CurLettered = CId.contains('.') && Last.size() == 1 &&
                      llvm::isAlpha(Last[0]);
        if (CurLettered)
          Want = llvm::toLower(Last[0]) + 1;
      }
      bool Sequence = L.Number.size() == 1 &&
                      llvm::toLower(L.Number[0]) == Want;
      if (ListContext || !Sequence || !Started) {
        openItem(L);
        continue;
      }
      unsigned Depth = Secs[Current].Depth + (CurLettered ? 0 : 1);
      std::string P = parentId(Depth);
      open(L, P.empty() ? L.Number : P + "." + L.Number, Depth, true);
      continue;
    }
    // Unnumbered: bold or title-like line.
    if (!HasNumberedTop && !HasMarkup) {
      open(L, "", 1, false);
      continue;
    }
    if (LastStructural < 0) {
      // Before the first numbered or marked-up section: the title, then
      // sections of their own (a policy whose only marked-up heading is
      // its title).
      if (B.Title.empty() || HasNumberedTop || (!Started && !TitleTaken)) {
        if (B.Title.empty())
          B.Title = L.Title;
        continue;
      }
      open(L, "", 1, false);
      continue;
    }
    open(L, "", structuralDepth() + 1, false);
  }
}

void Builder::prune() {
  // Unnumbered headings with no text and no sub-sections ("Contents",
  // "Last updated") cover nothing.
  for (bool Changed = true; Changed;) {
    Changed = false;
    std::vector<unsigned> Children(Secs.size(), 0);
    for (const Section &S : Secs)
      if (S.Parent >= 0)
        ++Children[S.Parent];
    for (size_t I = 0; I < Secs.size(); ++I) {
      const Section &S = Secs[I];
      if (!S.Numbered && Children[I] == 0 &&
          llvm::StringRef(S.Body).trim().empty()) {
        int Parent = S.Parent;
        for (Section &T : Secs) {
          if (T.Parent == static_cast<int>(I))
            T.Parent = Parent;
          if (T.Parent > static_cast<int>(I))
            --T.Parent;
        }
        Secs.erase(Secs.begin() + I);
        Structural.erase(Structural.begin() + I);
        Changed = true;
        break;
      }
    }
  }
}

void Builder::assignIds() {
  std::set<std::string> Used;
  for (const Section &S : Secs)
    if (!S.Id.empty() && !S.Item)
      Used.insert(S.Id);
  std::map<int, unsigned> Ordinal;
  for (Section &S : Secs) {
    if (S.Item) {
      S.Id = (S.Parent >= 0 ? Secs[S.Parent].Id : "") + S.Id;
      continue;
    }
    unsigned N = ++Ordinal[S.Parent];
    if (!S.Id.empty())
      continue;
    std::string Base = S.Parent >= 0 ? Secs[S.Parent].Id + "." : "";
    std::string Id = Base + std::to_string(N);
    while (Used.count(Id))
      Id += "'";
    S.Id = Id;
    Used.insert(Id);
  }
}

/// Gives the unnumbered sub-headings of a translation the ids of the
/// original's (the first part's) at the same place: translations drop or
/// add such headings ("Service Providers" is a heading in English and a
/// paragraph in Dutch), so positional ids alone would differ. Within each
/// numbered section, the headings are aligned by their relative position in
/// the section's text; a heading with no counterpart gets an id after the
/// original's.
static void alignUnnumbered(const Block &Original, Block &B) {
  auto Offsets = [](const Block &X) {
    std::vector<size_t> O(X.Sections.size() + 1, 0);
    for (size_t I = 0; I < X.Sections.size(); ++I)
      O[I + 1] =
          O[I] + X.Sections[I].Title.size() + X.Sections[I].Body.size() + 1;
    return O;
  };
  auto SubtreeEnd = [](const Block &X, size_t I) {
    size_t J = I + 1;
    for (; J < X.Sections.size(); ++J) {
      int P = X.Sections[J].Parent;
      while (P >= 0 && P != static_cast<int>(I))
        P = X.Sections[P].Parent;
      if (P != static_cast<int>(I))
        break;
    }
    return J;
  };
  struct Child {
    size_t Index;
    double Pos;
  };
  auto Children = [&](const Block &X, int Parent,
                      const std::vector<size_t> &O) {
    std::vector<Child> C;
    size_t Begin = Parent < 0 ? 0 : Parent;
    size_t End = Parent < 0 ? X.Sections.size() : SubtreeEnd(X, Parent);
    double Span = std::max<double>(1, O[End] - O[Begin]);
    for (size_t I = Begin; I < End; ++I) {
      const Section &S = X.Sections[I];
      if (S.Parent == Parent && !S.Numbered && !S.Item)
        C.push_back({I, (O[I] - O[Begin]) / Span});
    }
    return C;
  };
  std::vector<size_t> O0 = Offsets(Original), OB = Offsets(B);
  std::vector<std::string> OldIds;
  for (const Section &S : B.Sections)
    OldIds.push_back(S.Id);
  std::map<size_t, std::string> NewId;
  std::vector<int> Parents{-1};
  for (size_t I = 0; I < B.Sections.size(); ++I)
    if (B.Sections[I].Numbered && !B.Sections[I].Item)
      Parents.push_back(I);
  for (int P : Parents) {
    int P0 = -1;
    if (P >= 0) {
      P0 = -2;
      for (size_t K = 0; K < Original.Sections.size(); ++K)
        if (Original.Sections[K].Id == B.Sections[P].Id &&
            !Original.Sections[K].Item)
          P0 = K;
      if (P0 == -2)
        continue;
    }
    std::vector<Child> C0 = Children(Original, P0, O0), CB = Children(B, P, OB);
    if (CB.empty())
      continue;
    // Edit-distance alignment: a match costs the distance of the relative
    // positions, a heading left out costs Gap.
    const double Gap = 0.15;
    size_t N = C0.size(), M = CB.size();
    std::vector<std::vector<double>> D(N + 1, std::vector<double>(M + 1, 0));
    for (size_t I = 0; I <= N; ++I)
      for (size_t J = 0; J <= M; ++J) {
        if (!I && !J)
          continue;
        double Best = 1e9;
        if (I && J)
          Best = D[I - 1][J - 1] + std::fabs(C0[I - 1].Pos - CB[J - 1].Pos);
        if (I)
          Best = std::min(Best, D[I - 1][J] + Gap);
        if (J)
          Best = std::min(Best, D[I][J - 1] + Gap);
        D[I][J] = Best;
      }
    std::vector<int> Match(M, -1);
    for (size_t I = N, J = M; I || J;) {
      if (I && J &&
          D[I][J] ==
              D[I - 1][J - 1] + std::fabs(C0[I - 1].Pos - CB[J - 1].Pos)) {
        Match[J - 1] = I - 1;
        --I;
        --J;
      } else if (I && D[I][J] == D[I - 1][J] + Gap) {
        --I;
      } else {
        --J;
      }
    }
    // Ids of the original's children at this level, to number extras after.
    std::set<std::string> Taken;
    for (const Section &S : Original.Sections)
      Taken.insert(S.Id);
    std::string Base = P >= 0 ? B.Sections[P].Id + "." : "";
    unsigned Next = 1;
    for (size_t J = 0; J < M; ++J) {
      if (Match[J] >= 0) {
        NewId[CB[J].Index] = Original.Sections[C0[Match[J]].Index].Id;
        continue;
      }
      std::string Id;
      do
        Id = Base + std::to_string(Next++);
      while (Taken.count(Id));
      Taken.insert(Id);
      NewId[CB[J].Index] = Id;
    }
  }
  // Rename, carrying the new ids down to derived ids below.
  for (size_t I = 0; I < B.Sections.size(); ++I) {
    Section &S = B.Sections[I];
    auto It = NewId.find(I);
    if (It != NewId.end()) {
      S.Id = It->second;
      continue;
    }
    if (S.Parent < 0 || (S.Numbered && !S.Item))
      continue;
    const std::string &OldParent = OldIds[S.Parent];
    if (llvm::StringRef(OldIds[I]).starts_with(OldParent))
      S.Id = B.Sections[S.Parent].Id + OldIds[I].substr(OldParent.size());
  }
}

Document parsePolicy(llvm::StringRef Bytes, llvm::StringRef File,
                     const LanguageData &Data) {
  Document D;
  D.File = File.str();
  llvm::SHA256 Hash;
  Hash.update(Bytes);
  std::array<uint8_t, 32> Digest = Hash.final();
  D.Hash = llvm::toHex(Digest, /*LowerCase=*/true);
  DecodedText T = decodePolicyBytes(Bytes);
  D.Warnings = T.Warnings;
  D.Usable = T.Usable;
  if (!T.Usable)
    return D;
  PolicyFormat F = sniffFormat(File, T.Text);
  D.Format = F == PolicyFormat::Html       ? "html"
             : F == PolicyFormat::Markdown ? "markdown"
                                           : "text";
  std::vector<SourceLine> Raw =
      F == PolicyFormat::Html ? htmlToLines(T.Text) : textToLines(T.Text);
  // Front matter of static-site generators (YAML "---", TOML "+++") is
  // metadata, not text.
  if (F != PolicyFormat::Html) {
    size_t First = 0;
    while (First < Raw.size() &&
           llvm::StringRef(Raw[First].Text).trim().empty())
      ++First;
    llvm::StringRef Mark =
        First < Raw.size() ? llvm::StringRef(Raw[First].Text).trim() : "";
    if (Mark == "---" || Mark == "+++")
      for (size_t I = First + 1; I < Raw.size() && I < First + 80; ++I)
        if (llvm::StringRef(Raw[I].Text).trim() == Mark) {
          for (size_t K = First; K <= I; ++K)
            Raw[K].Text.clear();
          break;
        }
  }
  StopWords SW(Data);
  std::vector<Line> Lines = classify(Raw, SW);
  for (auto [Begin, End] : splitTranslations(Lines, SW)) {
    Block B;
    std::vector<double> Score(Data.Languages.size(), 0);
    for (size_t I = Begin; I < End; ++I)
      for (size_t K = 0; K < Score.size() && K < Lines[I].Lang.size(); ++K)
        Score[K] += Lines[I].Lang[K];
    int Lang = SW.best(Score, 2.0);
    if (Lang >= 0)
      B.Language = Data.Languages[Lang].Code;
    B.FirstLine = Begin < Lines.size() ? Lines[Begin].Src : 0;
    B.LastLine = End > Begin ? Lines[End - 1].Src : B.FirstLine;
    std::vector<TocEntry> Toc = dropTableOfContents(Lines, Begin, End);
    decideTopLevel(Lines, Begin, End, Toc);
    Builder Bld(Lines, B);
    Bld.Toc = std::move(Toc);
    Bld.build(Begin, End);
    Bld.prune();
    Bld.assignIds();
    B.Sections = std::move(Bld.Secs);
    // Skip translations with no text at all (stray blank lines).
    bool Empty = B.Sections.empty();
    for (size_t I = Begin; I < End && Empty; ++I)
      Empty = Lines[I].Blank;
    if (!Empty)
      D.Blocks.push_back(std::move(B));
  }
  for (size_t I = 1; I < D.Blocks.size(); ++I)
    alignUnnumbered(D.Blocks.front(), D.Blocks[I]);
  // Two translations in one language: tell the user which one is used.
  std::set<std::string> Seen;
  for (const Block &B : D.Blocks)
    if (!B.Language.empty() && !Seen.insert(B.Language).second)
      D.Warnings.push_back(
          {B.FirstLine, 1,
           "a second part in language '" + B.Language +
               "' starts here; the first one is used for that language"});
  bool Any = false;
  for (const Block &B : D.Blocks)
    Any |= !B.Sections.empty();
  if (!Any)
    D.Warnings.push_back({0, 0, "no sections were recognised in the privacy "
                                "policy; use numbered or Markdown headings "
                                "(see docs/policy-mapping.md)"});
  return D;
}

/// The text of the PDF file \p Path, through `pdftotext -layout` (poppler;
/// $CONSENTLINT_PDFTOTEXT names another binary). An error naming the fix
/// when it is not installed: a PDF read as bytes would map nothing and
/// report every practice as undisclosed.
static llvm::Expected<std::string> pdfToText(llvm::StringRef Path) {
  auto Fail = [&](const std::string &Msg) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Path + ": error: " + Msg);
  };
  std::optional<std::string> Env =
      llvm::sys::Process::GetEnv("CONSENTLINT_PDFTOTEXT");
  auto Tool =
      llvm::sys::findProgramByName(Env && !Env->empty() ? *Env : "pdftotext");
  if (!Tool)
    return Fail("the privacy policy is a PDF file and pdftotext is not "
                "installed; install poppler-utils (Debian/Ubuntu: 'apt-get "
                "install poppler-utils', macOS: 'brew install poppler') or "
                "export the policy to text, Markdown or HTML");
  llvm::SmallString<128> Out, Err;
  if (llvm::sys::fs::createTemporaryFile("consentlint-pdf", "txt", Out) ||
      llvm::sys::fs::createTemporaryFile("consentlint-pdf", "err", Err))
    return Fail("cannot create a temporary file for pdftotext");
  llvm::FileRemover RmOut(Out), RmErr(Err);
  std::vector<llvm::StringRef> Argv{*Tool,      "-layout", "-enc", "UTF-8",
                                    "-nopgbrk", Path,      Out};
  std::optional<llvm::StringRef> Redirects[] = {
      llvm::StringRef(""), llvm::StringRef(""), llvm::StringRef(Err)};
  std::string ErrMsg;
  int RC = llvm::sys::ExecuteAndWait(*Tool, Argv, std::nullopt, Redirects, 60,
                                     0, &ErrMsg);
  auto Text = llvm::MemoryBuffer::getFile(Out);
  if (RC != 0 || !Text) {
    auto E = llvm::MemoryBuffer::getFile(Err);
    std::string Why = E ? llvm::StringRef((*E)->getBuffer()).trim().str() : "";
    if (Why.empty())
      Why = ErrMsg.empty() ? "exit code " + std::to_string(RC) : ErrMsg;
    return Fail("pdftotext could not read the privacy policy: " + Why);
  }
  return (*Text)->getBuffer().str();
}

llvm::Expected<Document> readPolicy(llvm::StringRef Path,
                                    const LanguageData &Data) {
  if (llvm::sys::fs::is_directory(Path))
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Path + ": error: the privacy policy is a "
                                          "directory, not a file");
  auto Buf = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                         /*RequiresNullTerminator=*/false);
  if (!Buf)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   Path + ": error: cannot read the privacy "
                                          "policy: " +
                                       Buf.getError().message());
  if ((*Buf)->getBuffer().starts_with("%PDF-")) {
    auto Text = pdfToText(Path);
    if (!Text)
      return Text.takeError();
    Document D = parsePolicy(*Text, Path, Data);
    D.Format = "pdf";
    // The hash is of the file, as for every other format.
    llvm::SHA256 Hash;
    Hash.update((*Buf)->getBuffer());
    std::array<uint8_t, 32> Digest = Hash.final();
    D.Hash = llvm::toHex(Digest, /*LowerCase=*/true);
    return D;
  }
  return parsePolicy((*Buf)->getBuffer(), Path, Data);
}

} // namespace policy
} // namespace consentlint
