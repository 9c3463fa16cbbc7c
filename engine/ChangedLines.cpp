//===- ChangedLines.cpp - The lines --new-since reports -------------------===//

#include "engine/ChangedLines.h"

namespace consentlint {

bool ChangedLines::contains(const std::string &File, unsigned Line) const {
  if (WholeFiles.count(File))
    return true;
  auto It = Ranges.find(File);
  if (It == Ranges.end())
    return false;
  for (const auto &[First, Last] : It->second)
    if (First <= Line && Line <= Last)
      return true;
  return false;
}

} // namespace consentlint

