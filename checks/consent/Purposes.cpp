//===- Purposes.cpp - Consent purposes as a small bit set -----------------===//

#include "checks/consent/Purposes.h"

namespace consentlint {

PurposeSet PurposeTable::intern(llvm::StringRef Name) {
  auto It = Index.find(Name);
  if (It != Index.end())
    return PurposeSet(1) << It->second;
  if (Names.size() >= MaxPurposes)
    return 0;
  Index[Name] = Names.size();
  Names.push_back(Name.str());
  return PurposeSet(1) << (Names.size() - 1);
}

PurposeSet PurposeTable::lookup(llvm::StringRef Name) const {
  auto It = Index.find(Name);
  return It == Index.end() ? 0 : PurposeSet(1) << It->second;
}

PurposeSet PurposeTable::internAll(const std::vector<std::string> &Ns) {
  PurposeSet S = 0;
  for (const std::string &N : Ns)
    S |= intern(N);
  return S;
}

std::vector<std::string> PurposeTable::names(PurposeSet S) const {
  std::vector<std::string> Out;
  for (unsigned I = 0; I < Names.size(); ++I)
    if (S & (PurposeSet(1) << I))
      Out.push_back(Names[I]);
  return Out;
}

std::string PurposeTable::join(PurposeSet S, llvm::StringRef Sep) const {
  std::string Out;
  for (const std::string &N : names(S)) {
    if (!Out.empty())
      Out += Sep;
    Out += N;
  }
  return Out;
}

} // namespace consentlint
