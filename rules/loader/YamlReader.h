//===- YamlReader.h - Strict, position-reporting yaml-cpp walker -*- C++ -*-===//
//
// Internal to rules/loader (the only code that includes yaml-cpp). Every
// accessor checks the node's type and records the first error with its
// position instead of throwing.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_RULES_LOADER_YAMLREADER_H
#define CONSENTLINT_RULES_LOADER_YAMLREADER_H

#include "rules/loader/LoadRulePack.h"
#include "rules/loader/RulePack.h"
#include "llvm/Support/Error.h"
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace consentlint {
namespace rules {

class YamlReader {
public:
  explicit YamlReader(std::string File) : File(std::move(File)) {}

  const std::string &file() const { return File; }
  bool failed() const { return Error.has_value(); }
  const std::string &error() const { return *Error; }

  /// Records an error at \p N (the first error wins). Returns false.
  bool fail(const YAML::Node &N, const std::string &Message);
  bool failAt(const YAML::Mark &M, const std::string &Message);

  SourceMark mark(const YAML::Node &N) const;

  bool expectMap(const YAML::Node &N, const std::string &What);
  bool expectSequence(const YAML::Node &N, const std::string &What);
  /// Fails on any key of \p Map that is not in \p Allowed.
  bool checkKeys(const YAML::Node &Map, std::initializer_list<const char *> Allowed,
                 const std::string &What);

  /// Scalar accessors: a missing optional key leaves \p Out untouched.
  bool getString(const YAML::Node &Map, const char *Key, std::string &Out,
                 bool Required = false);
  bool getUnsigned(const YAML::Node &Map, const char *Key,
                   std::optional<unsigned> &Out);
  bool getBool(const YAML::Node &Map, const char *Key, std::optional<bool> &Out);
  /// Accepts a scalar (one item) or a sequence of scalars.
  bool getStringList(const YAML::Node &Map, const char *Key,
                     std::vector<std::string> &Out);
  bool scalar(const YAML::Node &N, const std::string &What, std::string &Out);

private:
  std::string File;
  std::optional<std::string> Error;
};

/// Shared by the loaders in this directory.
llvm::Error makeLoaderError(const std::string &Message);
llvm::Expected<std::string> readWholeFile(llvm::StringRef Path,
                                          llvm::StringRef What);
bool parseProjectSections(YamlReader &R, const YAML::Node &Root, RulePack &Pack);
std::optional<std::string> findDuplicateId(const RulePack &Pack);

/// Runs \p Body, converting any exception into a positioned error message.
template <typename Fn>
std::optional<std::string> guarded(llvm::StringRef Path, Fn Body) noexcept {
  try {
    Body();
  } catch (const YAML::Exception &E) {
    return formatConfigError(Path, E.mark.line >= 0 ? E.mark.line + 1 : 0,
                             E.mark.column >= 0 ? E.mark.column + 1 : 0, E.msg);
  } catch (const std::exception &E) {
    return formatConfigError(Path, 0, 0, E.what());
  } catch (...) {
    return formatConfigError(Path, 0, 0, "unexpected error while reading YAML");
  }
  return std::nullopt;
}

} // namespace rules
} // namespace consentlint

#endif
