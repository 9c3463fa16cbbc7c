//===- JsonFile.h - Read a JSON file with positioned errors -----*- C++ -*-===//

#ifndef CONSENTLINT_ENGINE_JSONFILE_H
#define CONSENTLINT_ENGINE_JSONFILE_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include <string>
#include <vector>

namespace consentlint {

/// Reads and parses the JSON file \p Path. Errors read
/// "<path>: error: cannot read <what>: ..." or
/// "<path>:<line>:<col>: error: invalid <what>: ...", followed by \p Hint.
llvm::Expected<llvm::json::Value> readJsonFile(llvm::StringRef Path,
                                               llvm::StringRef What,
                                               llvm::StringRef Hint = "");

/// \p Strings as a JSON array.
llvm::json::Array toJsonArray(const std::vector<std::string> &Strings);

} // namespace consentlint

#endif
