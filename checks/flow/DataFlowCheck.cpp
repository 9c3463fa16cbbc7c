//===- DataFlowCheck.cpp - privacy-data-flow ------------------------------===//

#include "checks/flow/DataFlowCheck.h"

namespace consentlint {

llvm::StringRef DataFlowCheck::sinkNoun(llvm::StringRef Kind) {
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

Candidate DataFlowCheck::describe(const Candidate &Source, llvm::StringRef Kind,
                                  llvm::StringRef SinkSubject,
                                  unsigned SinkLine) {
  // Reported at the read, the site a reviewer labels ("the client address
  // is collected here, because it is logged there"), naming the sink.
  Candidate C = Source;
  C.Severity = Source.Severity == Level::Error ? Level::Error : Level::Warning;
  std::string Where =
      " (" + SinkSubject.str() + ", line " + std::to_string(SinkLine) + ")";
  std::string Verb;
  if (Kind == "log")
    Verb = "writes it to a log";
  else if (Kind == "storage")
    Verb = "stores it";
  else if (Kind == "network")
    Verb = "sends it over the network";
  else if (Kind == "cookie")
    Verb = "puts it in a cookie";
  else
    Verb = "gives it to a third-party SDK";
  C.Action = Source.Action + " and " + Verb + Where;
  return C;
}

} // namespace consentlint
