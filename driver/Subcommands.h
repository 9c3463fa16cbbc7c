//===- Subcommands.h - consentlint baseline / merge -------------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_SUBCOMMANDS_H
#define CONSENTLINT_DRIVER_SUBCOMMANDS_H

#include "driver/Options.h"
#include "driver/SummaryJson.h"
#include "engine/DataDirs.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace consentlint {

/// consentlint baseline create|update [-o file] [analysis options]
int runBaselineCommand(int Argc, const char **Argv, const DataDirs &Data);

/// consentlint merge a.sarif b.sarif ... [-o all.sarif] [options]
int runMergeCommand(int Argc, const char **Argv, const DataDirs &Data);

/// The summaries of every shard named by DriverOptions::MergeInputs.
struct MergeInputs {
  std::vector<std::string> Paths;
  std::vector<llvm::json::Value> Summaries; ///< One per input.
  std::vector<std::string> Purposes;        ///< Recorded table order.
  RecordedOptions Options;                  ///< Of the first shard.
};

/// Reads the shards; errors name the file (and line:col for bad JSON).
llvm::Error loadMergeInputs(const std::vector<std::string> &Paths,
                            MergeInputs &Out);

/// What a shard records so "merge" needs no options: paths relative to
/// \p SourceRoot where inside it.
RecordedOptions recordOptions(const DriverOptions &O,
                              const std::string &SourceRoot);

/// Fills options not given on the merge command line from \p R.
void applyRecordedOptions(DriverOptions &O, const RecordedOptions &R,
                          const std::string &SourceRoot);

} // namespace consentlint

#endif
