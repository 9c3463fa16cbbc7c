//===- PolicyMapper.h - Privacy topics to policy sections -------*- C++ -*-===//
//
// Chooses, for every privacy topic, the most specific section of the policy
// that covers it: topic keywords (rules/policy/lexicon.yaml) are matched
// against each section's heading (weighs most) and its own body text, in
// every translation of the policy; the scores of one section number are
// added up over the translations, so a topic maps to the same number in
// every language. `policy.map` overrides always win.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_POLICY_POLICYMAPPER_H
#define CONSENTLINT_DRIVER_POLICY_POLICYMAPPER_H

#include "checks/Finding.h"
#include "driver/policy/PolicyReader.h"
#include "rules/loader/RulePack.h"
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace consentlint {

namespace policy {

/// How well one section matches one topic.
struct SectionScore {
  unsigned TitleMatches = 0; ///< Distinct keywords in the heading.
  unsigned BodyMatches = 0;  ///< Keyword occurrences in the body.
  double score() const;
  /// A heading match, or at least two matches in the body.
  bool covers() const { return TitleMatches > 0 || BodyMatches >= 2; }
};

/// Scores \p S against \p Keywords (lowercase).
SectionScore scoreSection(const Section &S,
                          const std::vector<std::string> &Keywords,
                          bool Compounds);

/// Counts the matches of \p Keyword in lowercase \p Text: at word starts,
/// whole words for keywords of three bytes or fewer, anywhere inside words
/// for keywords of five bytes or more when \p Compounds.
unsigned countMatches(llvm::StringRef Text, llvm::StringRef Keyword,
                      bool Compounds);

/// The section one translation alone would choose for a topic.
struct LanguageChoice {
  std::string Language; ///< "?" when unknown.
  std::string Section;  ///< Empty: not covered in this translation.
  std::string Title;    ///< In this translation.
  unsigned Line = 0;
  double Score = 0;
};

struct TopicMapping {
  std::string Section; ///< Empty: no section covers the topic.
  std::string Title;
  unsigned Line = 0; ///< Of the heading in the chosen translation.
  double Score = 0;
  bool Override = false;
  std::vector<LanguageChoice> PerLanguage; ///< File order.
};

/// How one section (by id) matches one topic, over all translations.
struct TopicScore {
  unsigned HeadingLanguages = 0; ///< Translations whose heading matches.
  double Score = 0;              ///< Summed SectionScore::score().
};

struct PolicyMapping {
  const Block *Chosen = nullptr;
  std::map<std::string, TopicMapping> Topics; ///< Every lexicon topic.
  /// Section id -> topic -> score, for the most specific section of a
  /// practice with several topics.
  std::map<std::string, std::map<std::string, TopicScore>> Table;
  std::vector<std::string> Warnings; ///< Formatted.
};

/// Where a practice with \p Topics (main topic first) is disclosed: the
/// section of its first covered topic, or the most specific part of that
/// section whose heading names more of the practice's topics ("Performance
/// and analytics cookies" for an analytics cookie). Secondary: the
/// sections of its other covered topics.
struct PracticeSection {
  std::string Topic; ///< The topic that placed it; empty: not disclosed.
  std::string Section, Title;
  unsigned Line = 0;
  std::vector<std::string> Secondary;
};
PracticeSection mapPractice(const PolicyMapping &M,
                            const std::vector<std::string> &Topics);

/// Maps every topic of the lexicon. \p Language picks the translation
/// whose titles are reported (empty: the first); \p Overrides is
/// policy.map (topic -> section number).
PolicyMapping mapTopics(const Document &D, const LanguageData &Data,
                        llvm::StringRef Language,
                        const std::map<std::string, std::string> &Overrides);

/// The policy of one analysis run.
struct ProjectPolicy {
  LanguageData Data;
  Document Doc;
  PolicyMapping Mapping;
  std::string AbsPath;
};

/// Reads the policy \p File (absolute; empty: none configured) with the
/// language and overrides of \p Config and the policy data (languages,
/// lexicon) from \p DataDir. Warnings go to stderr. Fails when the file or
/// the policy data cannot be read; \p Out stays empty when the file has no
/// usable text.
llvm::Error loadProjectPolicy(const std::string &File,
                              const rules::PolicyConfig *Config,
                              const std::string &DataDir,
                              std::optional<ProjectPolicy> &Out);

/// A section of the policy, as the report lists it.
struct PolicySection {
  std::string Id;    ///< Section number, e.g. "2.5".
  std::string Title;
};

/// The policy as SARIF taxa: its file, version and sections.
struct PolicyTaxonomy {
  std::string File;    ///< Repo-relative where possible.
  std::string Version; ///< Content hash.
  std::string Language;
  std::vector<PolicySection> Sections;
};

/// What the report shows of the policy.
struct PolicyOutcome {
  bool Configured = false;
  PolicyTaxonomy Taxonomy;
};

/// Fills each finding's policy section and (when \p ReportUndisclosed)
/// adds one policy-undisclosed-practice finding per practice in
/// \p Practices whose main topic no section covers, at its first location.
/// \p Policy null: no usable policy; findings say so.
PolicyOutcome applyPolicy(const ProjectPolicy *Policy,
                          const std::vector<Finding> &Practices,
                          bool ReportUndisclosed, const std::string &SourceRoot,
                          std::vector<Finding> &Findings);

} // namespace policy
} // namespace consentlint

#endif
