//===- DataDirs.h - Where the shipped data is -------------------*- C++ -*-===//
//
// The rule packs and the privacy-policy data (lexicon, languages) ship in
// share/consentlint/ next to the bin/ or lib/ directory of the program or
// plugin. They are found once, when the program starts, and passed to the
// engine; nothing else looks for them.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_ENGINE_DATADIRS_H
#define CONSENTLINT_ENGINE_DATADIRS_H

#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace consentlint {

struct DataDirs {
  std::string Rules;  ///< The shipped rule packs.
  std::string Policy; ///< languages.yaml and lexicon.yaml.
  /// consentlint's own SDK declarations, one include directory per vendor.
  std::string SdkStubs;

  /// $CONSENTLINT_RULES_DIR, $CONSENTLINT_POLICY_DIR and
  /// $CONSENTLINT_SDK_STUBS_DIR, else <dir of \p Binary>/../share/
  /// consentlint/{rules,policy,sdk-stubs}: the layout of
  /// both the build tree and an installation. \p Binary is the program's
  /// executable or the plugin's shared object.
  static DataDirs nextTo(llvm::StringRef Binary);

  /// The include directories under SdkStubs (laid out as the SDKs' real
  /// include paths), sorted; used after the project's include paths when
  /// its SDK is not installed (Apple frameworks on Linux).
  std::vector<std::string> sdkStubIncludeDirs() const;
};

} // namespace consentlint

#endif
