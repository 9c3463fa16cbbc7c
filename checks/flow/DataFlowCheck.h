//===- DataFlowCheck.h - privacy-data-flow ----------------------*- C++ -*-===//

#ifndef CONSENTLINT_CHECKS_FLOW_DATAFLOWCHECK_H
#define CONSENTLINT_CHECKS_FLOW_DATAFLOWCHECK_H

#include "checks/Check.h"

namespace consentlint {

/// Finds personal data that reaches a log, storage, the network or a
/// third-party SDK, and flows that need consent but run without it.
///
/// Its rules name sinks and barriers, never findings by themselves: the
/// findings are flows that TaintTracker follows from the personal-data
/// rules' reads to those sinks.
///
/// Docs: docs/checks/privacy-data-flow.md
class DataFlowCheck : public Check {
public:
  DataFlowCheck()
      : Check("privacy-data-flow",
              "Finds personal data that reaches a log, storage, the network "
              "or a third-party SDK, and flows that need consent but run "
              "without it.") {}

  std::optional<Candidate> inspect(const SinkMatch &,
                                   const RuleSet &) const override {
    return std::nullopt;
  }

  /// The finding, at the read, for data read by \p Source reaching a
  /// sink of \p Kind (log, storage, network, third-party, cookie) through
  /// \p SinkSubject on \p SinkLine.
  static Candidate describe(const Candidate &Source, llvm::StringRef Kind,
                            llvm::StringRef SinkSubject, unsigned SinkLine);

  /// What a sink kind is called in messages.
  static llvm::StringRef sinkNoun(llvm::StringRef Kind);
  /// A flow's severity: an error where reading the data is one.
  static Level severity(Level ReadSeverity);
};

} // namespace consentlint

#endif
