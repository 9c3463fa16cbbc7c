//===- YamlReader.cpp - Strict, position-reporting yaml-cpp walker --------===//

#include "rules/loader/YamlReader.h"
#include "rules/loader/LoadRulePack.h"

namespace consentlint {
namespace rules {

bool YamlReader::failAt(const YAML::Mark &M, const std::string &Message) {
  if (!Error)
    Error = formatConfigError(File, M.line >= 0 ? M.line + 1 : 0,
                              M.column >= 0 ? M.column + 1 : 0, Message);
  return false;
}

bool YamlReader::fail(const YAML::Node &N, const std::string &Message) {
  return failAt(N.IsDefined() ? N.Mark() : YAML::Mark::null_mark(), Message);
}

SourceMark YamlReader::mark(const YAML::Node &N) const {
  SourceMark M;
  M.File = File;
  if (N.IsDefined()) {
    YAML::Mark YM = N.Mark();
    M.Line = YM.line >= 0 ? YM.line + 1 : 0;
    M.Column = YM.column >= 0 ? YM.column + 1 : 0;
  }
  return M;
}

static const char *typeName(const YAML::Node &N) {
  switch (N.Type()) {
  case YAML::NodeType::Map:
    return "a mapping";
  case YAML::NodeType::Sequence:
    return "a list";
  case YAML::NodeType::Scalar:
    return "a scalar";
  case YAML::NodeType::Null:
    return "empty";
  default:
    return "undefined";
  }
}

bool YamlReader::expectMap(const YAML::Node &N, const std::string &What) {
  if (N.IsMap())
    return true;
  return fail(N, What + " must be a mapping, found " + typeName(N));
}

bool YamlReader::expectSequence(const YAML::Node &N, const std::string &What) {
  if (N.IsSequence())
    return true;
  return fail(N, What + " must be a list, found " + typeName(N));
}

bool YamlReader::checkKeys(const YAML::Node &Map,
                           std::initializer_list<const char *> Allowed,
                           const std::string &What) {
  for (auto It = Map.begin(); It != Map.end(); ++It) {
    if (!It->first.IsScalar())
      return fail(It->first, "keys of " + What + " must be scalars");
    std::string Key = It->first.Scalar();
    bool Known = false;
    for (const char *A : Allowed)
      Known |= Key == A;
    if (!Known) {
      std::string Msg = "unknown key '" + Key + "' in " + What + "; allowed:";
      for (const char *A : Allowed)
        Msg += std::string(" ") + A;
      return fail(It->first, Msg);
    }
  }
  return true;
}

bool YamlReader::scalar(const YAML::Node &N, const std::string &What,
                        std::string &Out) {
  if (!N.IsScalar())
    return fail(N, What + " must be a scalar, found " + typeName(N));
  Out = N.Scalar();
  return true;
}

bool YamlReader::getString(const YAML::Node &Map, const char *Key,
                           std::string &Out, bool Required) {
  const YAML::Node N = Map[Key];
  if (!N.IsDefined() || N.IsNull()) {
    if (Required)
      return fail(Map, std::string("missing required key '") + Key + "'");
    return true;
  }
  return scalar(N, std::string("'") + Key + "'", Out);
}

bool YamlReader::getUnsigned(const YAML::Node &Map, const char *Key,
                             std::optional<unsigned> &Out) {
  const YAML::Node N = Map[Key];
  if (!N.IsDefined() || N.IsNull())
    return true;
  std::string S;
  if (!scalar(N, std::string("'") + Key + "'", S))
    return false;
  if (S.empty() || S.size() > 6 ||
      S.find_first_not_of("0123456789") != std::string::npos)
    return fail(N, std::string("'") + Key +
                       "' must be a non-negative integer, found '" + S + "'");
  Out = static_cast<unsigned>(std::stoul(S));
  return true;
}

bool YamlReader::getBool(const YAML::Node &Map, const char *Key,
                         std::optional<bool> &Out) {
  const YAML::Node N = Map[Key];
  if (!N.IsDefined() || N.IsNull())
    return true;
  std::string S;
  if (!scalar(N, std::string("'") + Key + "'", S))
    return false;
  if (S == "true" || S == "yes" || S == "on" || S == "1")
    Out = true;
  else if (S == "false" || S == "no" || S == "off" || S == "0")
    Out = false;
  else
    return fail(N, std::string("'") + Key + "' must be true or false, found '" +
                       S + "'");
  return true;
}

bool YamlReader::getStringList(const YAML::Node &Map, const char *Key,
                               std::vector<std::string> &Out) {
  const YAML::Node N = Map[Key];
  if (!N.IsDefined() || N.IsNull())
    return true;
  std::string What = std::string("'") + Key + "'";
  if (N.IsScalar()) {
    Out.push_back(N.Scalar());
    return true;
  }
  if (!expectSequence(N, What))
    return false;
  for (const YAML::Node &Item : N) {
    std::string S;
    if (!scalar(Item, "an item of " + What, S))
      return false;
    Out.push_back(S);
  }
  return true;
}

} // namespace rules
} // namespace consentlint
