//===- PolicyMapper.cpp - Privacy topics to policy sections ---------------===//

#include "driver/policy/PolicyMapper.h"
#include "support/Paths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <set>

namespace consentlint {
namespace policy {

static bool wordByte(char C) {
  return static_cast<unsigned char>(C) >= 0x80 || llvm::isAlnum(C);
}

unsigned countMatches(llvm::StringRef Text, llvm::StringRef Keyword,
                      bool Compounds) {
  if (Keyword.empty())
    return 0;
  unsigned N = 0;
  bool Whole = Keyword.size() <= 3;
  bool Inside = Compounds && Keyword.size() >= 5;
  for (size_t P = Text.find(Keyword); P != llvm::StringRef::npos;
       P = Text.find(Keyword, P + 1)) {
    bool Start = P == 0 || !wordByte(Text[P - 1]);
    if (!Start && !Inside)
      continue;
    size_t E = P + Keyword.size();
    if (Whole && E < Text.size() && wordByte(Text[E]))
      continue;
    ++N;
  }
  return N;
}

/// Matches of \p Keyword on short list lines ("- Location", "- Device
/// identifiers"): an enumerated data category discloses it as much as a
/// sentence does twice.
static unsigned countListed(llvm::StringRef Text, llvm::StringRef Keyword,
                            bool Compounds) {
  unsigned N = 0;
  llvm::SmallVector<llvm::StringRef, 32> Lines;
  Text.split(Lines, '\n');
  for (llvm::StringRef L : Lines) {
    L = L.trim();
    if (!L.consume_front("- "))
      continue;
    if (llvm::count(L, ' ') < 4 && countMatches(L, Keyword, Compounds))
      ++N;
  }
  return N;
}

double SectionScore::score() const {
  return 10.0 * std::min(TitleMatches, 2u) + std::min(BodyMatches, 8u);
}

SectionScore scoreSection(const Section &S,
                          const std::vector<std::string> &Keywords,
                          bool Compounds) {
  SectionScore R;
  std::string Title = lowerText(S.Title), Body = lowerText(S.Body);
  for (const std::string &K : Keywords) {
    if (countMatches(Title, K, Compounds))
      ++R.TitleMatches;
    R.BodyMatches += countMatches(Body, K, Compounds);
  }
  return R;
}

namespace {
struct Keywords {
  std::vector<std::string> Words;
  bool Compounds = false;
};
} // namespace

/// The keywords of \p Topic for a translation in \p Lang; all languages'
/// keywords when the language is unknown or has no entry.
static Keywords keywordsFor(const LanguageData &Data, llvm::StringRef Topic,
                            llvm::StringRef Lang) {
  Keywords K;
  auto T = Data.Lexicon.find(Topic.str());
  if (T == Data.Lexicon.end())
    return K;
  auto L = T->second.find(Lang.str());
  if (L != T->second.end()) {
    for (const std::string &W : L->second)
      K.Words.push_back(lowerText(W));
    if (const rules::LanguageProfile *P = Data.find(Lang))
      K.Compounds = P->Compounds;
    return K;
  }
  for (const auto &[Code, Words] : T->second)
    for (const std::string &W : Words)
      K.Words.push_back(lowerText(W));
  return K;
}

/// A section's own body with the text of its list items and unnumbered
/// sub-headings: the part of the policy that the section's heading governs.
static std::string governedText(const Block &B, size_t I) {
  std::string T = B.Sections[I].Body;
  for (size_t J = I + 1; J < B.Sections.size(); ++J) {
    // Stop at the end of the subtree or at a numbered sub-section.
    int P = B.Sections[J].Parent;
    bool Inside = false, ViaNumbered = false;
    while (P >= 0) {
      if (P == static_cast<int>(I)) {
        Inside = true;
        break;
      }
      if (B.Sections[P].Numbered && !B.Sections[P].Item)
        ViaNumbered = true;
      P = B.Sections[P].Parent;
    }
    if (!Inside)
      break;
    const Section &S = B.Sections[J];
    if (ViaNumbered || (S.Numbered && !S.Item))
      continue;
    T += "\n" + S.Title + "\n" + S.Body;
  }
  return T;
}

static bool isAncestorId(llvm::StringRef A, llvm::StringRef D) {
  return D.size() > A.size() && D.starts_with(A) &&
         (D[A.size()] == '.' || D[A.size()] == '(');
}

namespace {
struct Candidate {
  unsigned Heading = 0; ///< Translations whose heading matches.
  double HeadingScore = 0;
  double Score = 0;
  double Body = 0;
  bool Item = false;
  unsigned Depth = 1;
  size_t Order = 0;
};
} // namespace

/// The section a topic maps to. The heading decides first: among sections
/// whose heading matches, one inside another matching section with a heading
/// match at least as strong gives way to it (the sub-section is a part of
/// it); then the highest score wins. Without a heading match, the body
/// decides. List items are a last resort: a topic maps to a section.
static const std::string *
pickBest(const std::map<std::string, Candidate> &Cands) {
  // Heading strength, then the shallower section (the one titled with the
  // topic, not a sub-heading elsewhere that mentions it), then the score.
  auto Better = [](const Candidate &A, const Candidate &B) {
    if (A.HeadingScore != B.HeadingScore)
      return A.HeadingScore > B.HeadingScore;
    if (A.Depth != B.Depth)
      return A.Depth < B.Depth;
    if (A.Score != B.Score)
      return A.Score > B.Score;
    return A.Order < B.Order;
  };
  auto BetterBody = [](const Candidate &A, const Candidate &B) {
    if (A.Score != B.Score)
      return A.Score > B.Score;
    return A.Order < B.Order;
  };
  for (int Pass = 0; Pass < 2; ++Pass) {
    bool Items = Pass == 1;
    const std::string *Best = nullptr;
    const Candidate *BC = nullptr;
    for (const auto &[Id, C] : Cands) {
      if (!C.Heading || C.Item != Items)
        continue;
      bool Yield = false;
      for (const auto &[Other, O] : Cands)
        if (O.Heading && !O.Item && isAncestorId(Other, Id) &&
            O.HeadingScore >= C.HeadingScore)
          Yield = true;
      if (Yield)
        continue;
      if (!BC || Better(C, *BC)) {
        Best = &Id;
        BC = &C;
      }
    }
    if (Best)
      return Best;
    if (Pass == 0) {
      // Body only: at least two keyword matches.
      for (const auto &[Id, C] : Cands) {
        if (C.Item || C.Body < 2)
          continue;
        if (!BC || BetterBody(C, *BC)) {
          Best = &Id;
          BC = &C;
        }
      }
      if (Best)
        return Best;
      // A single mention in the whole policy is its disclosure.
      for (const auto &[Id, C] : Cands) {
        if (C.Item || C.Body < 1)
          continue;
        if (Best)
          return nullptr;
        Best = &Id;
      }
      if (Best)
        return Best;
    }
  }
  return nullptr;
}

PolicyMapping mapTopics(const Document &D, const LanguageData &Data,
                        llvm::StringRef Language,
                        const std::map<std::string, std::string> &Overrides) {
  PolicyMapping M;
  M.Chosen = D.block(Language);
  if (!M.Chosen && !D.Blocks.empty()) {
    std::string Found;
    for (const Block &B : D.Blocks)
      Found += " " + (B.Language.empty() ? std::string("unknown") : B.Language);
    M.Warnings.push_back(D.File + ": warning: no part of the privacy policy is "
                                  "in language '" +
                         Language.str() + "' (found:" + Found +
                         "); the first part is used");
    M.Chosen = &D.Blocks.front();
  }
  if (!M.Chosen)
    return M;
  const Block &Chosen = *M.Chosen;
  // The text each section governs, per translation.
  std::vector<std::vector<std::pair<std::string, std::string>>> Texts;
  for (const Block &B : D.Blocks) {
    Texts.emplace_back();
    for (size_t I = 0; I < B.Sections.size(); ++I) {
      const Section &S = B.Sections[I];
      Texts.back().push_back(
          {lowerText(S.Title + (S.TocTitle.empty() ? "" : "\n" + S.TocTitle)),
           lowerText(governedText(B, I))});
    }
  }
  for (const auto &[Topic, PerLang] : Data.Lexicon) {
    TopicMapping &TM = M.Topics[Topic];
    std::map<std::string, Candidate> Total;
    for (size_t I = 0; I < Chosen.Sections.size(); ++I) {
      Candidate &C = Total[Chosen.Sections[I].Id];
      C.Order = I;
      C.Item = Chosen.Sections[I].Item;
      C.Depth = Chosen.Sections[I].Depth;
    }
    for (size_t BI = 0; BI < D.Blocks.size(); ++BI) {
      const Block &B = D.Blocks[BI];
      Keywords K = keywordsFor(Data, Topic, B.Language);
      std::map<std::string, Candidate> Own;
      for (size_t I = 0; I < B.Sections.size(); ++I) {
        const Section &S = B.Sections[I];
        SectionScore Sc;
        std::vector<const std::string *> InTitle;
        for (const std::string &W : K.Words) {
          if (countMatches(Texts[BI][I].first, W, K.Compounds))
            InTitle.push_back(&W);
          Sc.BodyMatches += countMatches(Texts[BI][I].second, W, K.Compounds);
          Sc.BodyMatches += countListed(Texts[BI][I].second, W, K.Compounds);
        }
        // "rights" inside "your rights" is one match, not two.
        for (const std::string *W : InTitle) {
          bool Inside = false;
          for (const std::string *V : InTitle)
            Inside |= V != W && V->size() > W->size() &&
                      V->find(*W) != std::string::npos;
          Sc.TitleMatches += !Inside;
        }
        Candidate &C = Own[S.Id];
        C.Heading = Sc.TitleMatches > 0;
        C.HeadingScore = 10.0 * std::min(Sc.TitleMatches, 2u);
        C.Score = Sc.score();
        C.Body = std::min(Sc.BodyMatches, 8u);
        C.Item = S.Item;
        C.Depth = S.Depth;
        C.Order = I;
        auto T = Total.find(S.Id);
        if (T != Total.end()) {
          T->second.Heading += C.Heading;
          T->second.HeadingScore += C.HeadingScore;
          T->second.Score += C.Score;
          T->second.Body += C.Body;
        }
        TopicScore &TS = M.Table[S.Id][Topic];
        TS.HeadingLanguages += C.Heading;
        TS.Score += C.Score;
      }
      LanguageChoice LC;
      LC.Language = B.Language.empty() ? "?" : B.Language;
      if (const std::string *Own1 = pickBest(Own)) {
        LC.Section = *Own1;
        LC.Score = Own[*Own1].Score;
        if (const Section *S = B.find(*Own1)) {
          LC.Title = S->Title;
          LC.Line = S->Line;
        }
      }
      TM.PerLanguage.push_back(std::move(LC));
    }
    if (const std::string *Best = pickBest(Total)) {
      TM.Section = *Best;
      TM.Score = Total[*Best].Score;
      const Section *S = Chosen.find(*Best);
      TM.Title = S->Title;
      TM.Line = S->Line;
    }
  }
  for (const auto &[Topic, Id] : Overrides) {
    if (!Data.Lexicon.count(Topic))
      M.Warnings.push_back(D.File + ": warning: policy.map names topic '" +
                           Topic + "', which no rule uses; known topics are "
                                   "listed by 'consentlint policy map'");
    const Section *S = Chosen.find(Id);
    if (!S) {
      M.Warnings.push_back(D.File + ": warning: policy.map maps '" + Topic +
                           "' to section '" + Id +
                           "', which the policy does not have; the override "
                           "is ignored (see 'consentlint policy outline')");
      continue;
    }
    TopicMapping &TM = M.Topics[Topic];
    TM.Section = S->Id;
    TM.Title = S->Title;
    TM.Line = S->Line;
    TM.Override = true;
  }
  return M;
}

PracticeSection mapPractice(const PolicyMapping &M,
                            const std::vector<std::string> &Topics) {
  PracticeSection R;
  if (!M.Chosen)
    return R;
  const Block &B = *M.Chosen;
  for (const std::string &T : Topics) {
    auto It = M.Topics.find(T);
    if (It != M.Topics.end() && !It->second.Section.empty()) {
      R.Topic = T;
      R.Section = It->second.Section;
      break;
    }
  }
  if (R.Topic.empty())
    return R;
  auto HeadingTopics = [&](const std::string &Id) {
    unsigned N = 0;
    double Score = 0;
    auto Row = M.Table.find(Id);
    if (Row != M.Table.end())
      for (const std::string &T : Topics) {
        auto C = Row->second.find(T);
        if (C != Row->second.end()) {
          N += C->second.HeadingLanguages > 0;
          Score += C->second.Score;
        }
      }
    return std::make_pair(N, Score);
  };
  // A part of the section whose heading names more of the practice.
  if (!M.Topics.at(R.Topic).Override) {
    auto Base = HeadingTopics(R.Section);
    std::string Best;
    std::pair<unsigned, double> BestScore = Base;
    for (const Section &S : B.Sections) {
      if (!isAncestorId(R.Section, S.Id))
        continue;
      auto Sc = HeadingTopics(S.Id);
      if (Sc.first > BestScore.first ||
          (!Best.empty() && Sc.first == BestScore.first &&
           Sc.second > BestScore.second)) {
        Best = S.Id;
        BestScore = Sc;
      }
    }
    if (!Best.empty())
      R.Section = Best;
  }
  if (const Section *S = B.find(R.Section)) {
    R.Title = S->Title;
    R.Line = S->Line;
  }
  for (const std::string &T : Topics) {
    auto It = M.Topics.find(T);
    if (It == M.Topics.end() || It->second.Section.empty() ||
        It->second.Section == R.Section ||
        isAncestorId(It->second.Section, R.Section))
      continue;
    if (std::find(R.Secondary.begin(), R.Secondary.end(), It->second.Section) ==
        R.Secondary.end())
      R.Secondary.push_back(It->second.Section);
  }
  return R;
}

static std::string describePractice(const Finding &F) {
  std::string P = F.Practice.empty() ? F.RuleId : F.Practice;
  return "practice '" + P + "'";
}

llvm::Error loadProjectPolicy(const std::string &File,
                              const rules::PolicyConfig *Config,
                              const std::string &DataDir,
                              std::optional<ProjectPolicy> &Out) {
  Out.reset();
  if (File.empty())
    return llvm::Error::success();
  auto Data = loadLanguageData(DataDir);
  if (!Data)
    return Data.takeError();
  auto Doc = readPolicy(File, *Data);
  if (!Doc)
    return Doc.takeError();
  for (const Diagnostic &W : Doc->Warnings)
    llvm::errs() << formatWarning(*Doc, W) << "\n";
  if (!Doc->Usable || Doc->Blocks.empty())
    return llvm::Error::success();
  std::string Language = Config ? Config->Language : "";
  if (!Language.empty() && !Data->find(Language))
    llvm::errs() << File << ": warning: policy.language '" << Language
                 << "' is not a known language (see languages.yaml); the "
                    "first part of the policy is used\n";
  std::map<std::string, std::string> NoOverrides;
  ProjectPolicy P;
  P.AbsPath = File;
  P.Data = std::move(*Data);
  P.Doc = std::move(*Doc);
  Out = std::move(P);
  Out->Mapping = mapTopics(Out->Doc, Out->Data, Language,
                           Config ? Config->Map : NoOverrides);
  for (const std::string &W : Out->Mapping.Warnings)
    llvm::errs() << W << "\n";
  if (!Out->Mapping.Chosen)
    Out.reset();
  return llvm::Error::success();
}

PolicyOutcome applyPolicy(const ProjectPolicy *Policy,
                          const std::vector<Finding> &Practices,
                          bool ReportUndisclosed, const std::string &SourceRoot,
                          std::vector<Finding> &Findings) {
  PolicyOutcome Result;
  if (!Policy || !Policy->Mapping.Chosen)
    return Result;
  const PolicyMapping &M = Policy->Mapping;
  const Block &B = *M.Chosen;
  Result.Configured = true;
  PolicyTaxonomy &Tax = Result.Taxonomy;
  Tax.File = relativeTo(Policy->AbsPath, SourceRoot);
  Tax.Version = Policy->Doc.Hash;
  Tax.Language = B.Language;
  for (const Section &S : B.Sections)
    Tax.Sections.push_back({S.Id, S.Title});

  for (Finding &F : Findings) {
    F.PolicyConfigured = true;
    PracticeSection PS = mapPractice(M, F.Topics);
    if (!PS.Section.empty()) {
      F.PolicySection = PS.Section;
      F.PolicyTitle = PS.Title;
      // Where the section starts, so editors and terminals can open it.
      if (PS.Line)
        F.PolicyLoc = Location{Policy->AbsPath, PS.Line, 1, PS.Line, 2};
    }
  }
  if (!ReportUndisclosed)
    return Result;

  // One finding per practice, at its first location.
  std::vector<const Finding *> Sorted;
  for (const Finding &F : Practices)
    Sorted.push_back(&F);
  std::stable_sort(Sorted.begin(), Sorted.end(),
                   [](const Finding *A, const Finding *B) { return *A < *B; });
  std::map<std::string, std::vector<const Finding *>> ByPractice;
  std::vector<std::string> Order;
  for (const Finding *F : Sorted) {
    std::string Key = F->Practice.empty() ? F->RuleId : F->Practice;
    auto &V = ByPractice[Key];
    if (V.empty())
      Order.push_back(Key);
    if (V.empty() || !(V.back()->Loc == F->Loc))
      V.push_back(F);
  }
  for (const std::string &Key : Order) {
    const std::vector<const Finding *> &V = ByPractice[Key];
    const Finding &First = *V.front();
    std::string Main;
    for (const std::string &T : First.Topics)
      if (Policy->Data.Lexicon.count(T)) {
        Main = T;
        break;
      }
    if (Main.empty())
      continue; // No topic the policy could be checked for.
    auto It = M.Topics.find(Main);
    if (It != M.Topics.end() && !It->second.Section.empty())
      continue;
    Finding U;
    U.Check = "policy-undisclosed-practice";
    U.RuleId = First.RuleId;
    U.Vendor = First.Vendor;
    U.Practice = First.Practice;
    U.Severity = Level::Warning;
    U.Loc = First.Loc;
    U.SourceLine = First.SourceLine;
    U.DataCategories = First.DataCategories;
    U.Topics = First.Topics;
    U.PolicyConfigured = true;
    U.Message = (First.Vendor.empty() ? "" : First.Vendor + " ") +
                describePractice(First) +
                " is not disclosed in the privacy policy: no section covers " +
                Main;
    Note N;
    N.Message = "privacy policy '" + Tax.File + "'" +
                (B.Language.empty() ? "" : " (" + B.Language + ")") +
                " has no section on " + Main +
                "; describe the practice there, or map the topic with "
                "policy.map";
    U.Notes.push_back(std::move(N));
    if (V.size() > 1) {
      Note More;
      More.Message = "the same practice occurs at " +
                     std::to_string(V.size() - 1) + " other location(s)";
      U.Notes.push_back(std::move(More));
    }
    // A secondary topic may still be covered (e.g. third-party sharing).
    for (const std::string &T : First.Topics) {
      auto Sec = M.Topics.find(T);
      if (T != Main && Sec != M.Topics.end() && !Sec->second.Section.empty()) {
        U.PolicySection = Sec->second.Section;
        U.PolicyTitle = Sec->second.Title;
        break;
      }
    }
    Findings.push_back(std::move(U));
  }
  std::stable_sort(Findings.begin(), Findings.end());
  return Result;
}

} // namespace policy
} // namespace consentlint
