//===- Profiles.h - Config discovery and compiled rule sets -----*- C++ -*-===//
//
// A profile is what one .consentlint.yaml means: its checks, fail-on level,
// policy, and the shipped packs plus the project's own rules compiled into
// a RuleSet. Sources find their profile by looking upward for the file.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_PROFILES_H
#define CONSENTLINT_DRIVER_PROFILES_H

#include "checks/CheckRegistry.h"
#include "checks/match/RuleSet.h"
#include "rules/loader/RulePack.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include <memory>
#include <string>
#include <vector>

namespace consentlint {

struct ProfileOptions {
  std::string ConfigFile;         ///< --config-file; empty: discover.
  std::string Checks;             ///< --checks; empty: config or default.
  std::string FailOn;             ///< --fail-on; empty: config or default.
  std::vector<std::string> Rules; ///< --rules files or directories.
  std::string RulesDir;           ///< Shipped packs.
  std::string Policy;             ///< --policy; overrides the config's.
  bool Experimental = false;      ///< Also load experimental rules.
  std::vector<std::string> Exclude; ///< --exclude globs (added to the config's).
  /// Where exclude globs are relative to when there is no config file.
  std::string Root;
};

/// Vendored code the analysis leaves alone unless the config says otherwise.
extern const std::vector<std::string> DefaultExclude;

struct Profile {
  rules::Config Config;
  std::unique_ptr<RuleSet> Rules;
  CheckGlobs Checks{DefaultChecks};
  std::string FailOn = "warning";
  std::string PolicyFile; ///< Resolved; empty when none.
  std::vector<std::string> Exclude; ///< Path globs not analysed.
  std::string ExcludeRoot; ///< Globs match paths relative to this.
};

/// Whether \p Path, relative to \p Root, matches one of \p Globs. Paths
/// outside \p Root never match: a project that lives under a directory
/// called "external" is still analysed.
bool pathExcluded(llvm::StringRef Path, const std::vector<std::string> &Globs,
                  llvm::StringRef Root);

class Profiles {
public:
  Profiles(ProfileOptions Opts, PurposeTable &Table)
      : Opts(std::move(Opts)), Table(Table) {}

  /// The profile for \p Source: the nearest .consentlint.yaml above it, or
  /// --config-file. Errors name the config or pack file and position.
  llvm::Expected<const Profile *> forSource(llvm::StringRef Source);
  /// The profile of the current directory (for --list-*, --dump-config).
  llvm::Expected<const Profile *> forDirectory(llvm::StringRef Dir);

  /// Every profile built so far.
  std::vector<const Profile *> all() const;

private:
  llvm::Expected<const Profile *> build(const std::string &ConfigPath);
  std::string discover(llvm::StringRef Dir);

  ProfileOptions Opts;
  PurposeTable &Table;
  llvm::StringMap<std::string> DirToConfig;
  std::map<std::string, std::unique_ptr<Profile>> ByConfig;
};

/// The effective configuration as YAML (--dump-config).
std::string dumpConfig(const Profile &P);

} // namespace consentlint

#endif
