//===- FlowWording.cpp - How a flow's finding reads -----------------------===//

#include "checks/flow/FlowWording.h"
#include "llvm/ADT/Twine.h"

namespace consentlint {

llvm::StringRef flowSinkNoun(llvm::StringRef Kind) {
  if (Kind == "log")
    return "a log";
  if (Kind == "storage")
    return "storage";
  if (Kind == "network")
    return "the network";
  if (Kind == "cookie")
    return "a cookie";
  return "a third-party SDK";
}

std::string flowAction(llvm::StringRef ReadAction, llvm::StringRef Kind,
                       llvm::StringRef SinkSubject, llvm::StringRef Where) {
  llvm::StringRef Verb = Kind == "log"       ? "writes it to a log"
                         : Kind == "storage" ? "stores it"
                         : Kind == "network" ? "sends it over the network"
                         : Kind == "cookie"  ? "puts it in a cookie"
                                             : "gives it to a third-party SDK";
  return (llvm::Twine(ReadAction) + " and " + Verb + " (" + SinkSubject + ", " + Where + ")")
      .str();
}

} // namespace consentlint
