//===- SummaryJson.h - Cross-unit summaries as JSON, for shards -*- C++ -*-===//
//
// A shard's SARIF keeps the consent summaries of the units it analysed in
// run.properties["consentlint/summaries"], so "consentlint merge" can link
// the whole program again: N shards then give exactly the findings of one
// full run. Purposes are written by name (bit numbers are per process) and
// paths relative to the source root where they are inside it.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_SUMMARYJSON_H
#define CONSENTLINT_DRIVER_SUMMARYJSON_H

#include "checks/consent/ProgramSummary.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <string>
#include <vector>

namespace consentlint {

/// One analysed unit: its file, whether it failed, and its summaries.
struct UnitSummaries {
  std::string File; ///< Absolute.
  bool Failed = false;
  std::vector<TUSummary> Summaries;
};

/// Options of the shard run that "merge" reuses unless given again.
using RecordedOptions = std::map<std::string, std::string>;

/// Format version of the summaries object.
constexpr int SummaryFormatVersion = 1;

llvm::json::Value summariesToJson(const std::vector<UnitSummaries> &Units,
                                  const PurposeTable &Purposes,
                                  const std::string &SourceRoot,
                                  const RecordedOptions &Options);

/// Reads what summariesToJson wrote; relative paths are resolved against
/// \p SourceRoot. Purposes are interned into \p Purposes by name.
llvm::Error summariesFromJson(const llvm::json::Value &V,
                              PurposeTable &Purposes,
                              const std::string &SourceRoot,
                              std::vector<UnitSummaries> &Units);

/// The recorded purpose names (in table order) and options of \p V.
std::vector<std::string> recordedPurposes(const llvm::json::Value &V);
RecordedOptions recordedOptions(const llvm::json::Value &V);

} // namespace consentlint

#endif
