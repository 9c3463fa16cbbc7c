//===- Finding.h - A privacy finding, independent of any AST ----*- C++ -*-===//
//
// Findings outlive the translation unit they came from: they are linked
// across units, mapped to the privacy policy and written by the reporters,
// so they hold plain strings and positions only.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_FINDING_H
#define CONSENTLINT_CHECKS_FINDING_H

#include <string>
#include <tuple>
#include <vector>

namespace consentlint {

/// A source range; lines and columns are 1-based, columns count bytes as
/// clang does, EndColumn is exclusive.
struct Location {
  std::string File; ///< Absolute, symlinks resolved.
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0;

  bool valid() const { return !File.empty() && Line; }
  friend bool operator<(const Location &A, const Location &B) {
    return std::tie(A.File, A.Line, A.Column, A.EndLine, A.EndColumn) <
           std::tie(B.File, B.Line, B.Column, B.EndLine, B.EndColumn);
  }
  friend bool operator==(const Location &A, const Location &B) {
    return std::tie(A.File, A.Line, A.Column, A.EndLine, A.EndColumn) ==
           std::tie(B.File, B.Line, B.Column, B.EndLine, B.EndColumn);
  }
};

/// A related location with a message: a consent check that does not guard
/// the call, the rule that matched, the macro the call was expanded from.
struct Note {
  Location Loc; ///< May be invalid for notes without a position.
  std::string Message;
  std::string SourceLine;
};

/// One step of the path from a program entry to the finding.
struct FlowStep {
  Location Loc;
  std::string Message;
};

enum class Level { Note = 0, Warning = 1, Error = 2 };

inline const char *levelName(Level L) {
  switch (L) {
  case Level::Note:
    return "note";
  case Level::Warning:
    return "warning";
  case Level::Error:
    return "error";
  }
  return "warning";
}

struct Finding {
  std::string Check;  ///< Canonical check name, e.g. consent-ad-sdk.
  std::string RuleId; ///< Rule-pack rule id, e.g. ads.google-mobile-ads.load.
  std::string Vendor;
  std::string Practice;
  Level Severity = Level::Warning;
  std::string Message;
  Location Loc;
  std::string SourceLine; ///< The text of Loc.Line, for carets and hashes.
  std::vector<std::string> DataCategories;
  std::vector<std::string> Topics;
  std::vector<std::string> MissingPurposes;
  std::vector<Note> Notes;
  std::vector<FlowStep> Flow; ///< Entry first, the finding's call last.
  /// privacy-data-flow: the data's path, its source first, the sink last.
  std::vector<FlowStep> DataPath;

  // Filled by the policy mapper.
  std::string PolicySection, PolicyTitle;
  Location PolicyLoc; ///< The section's heading in the policy file.
  bool PolicyConfigured = false;

  // Filled by suppression handling.
  bool Suppressed = false;
  std::string SuppressionKind; ///< inSource or external (baseline).
  std::string Justification;

  /// The canonical order of findings in every output.
  friend bool operator<(const Finding &A, const Finding &B) {
    return std::tie(A.Loc, A.Check, A.RuleId, A.Message) <
           std::tie(B.Loc, B.Check, B.RuleId, B.Message);
  }
};

} // namespace consentlint

#endif
