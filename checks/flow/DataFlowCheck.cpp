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
                                  unsigned SourceLine) {
  Candidate C = Source;
  C.Severity = Source.Severity == Level::Error ? Level::Error : Level::Warning;
  // The source rule's message names the data after its verb ("reads the
  // client IP address"); other messages fall back to the data category.
  llvm::StringRef Read(Source.Action);
  std::string Data = Read.consume_front("reads ")
                         ? Read.str()
                         : "personal data (" +
                               (Source.DataCategories.empty()
                                    ? std::string("unclassified")
                                    : Source.DataCategories.front()) +
                               ")";
  Data += " (" + Source.Subject + ", line " + std::to_string(SourceLine) + ")";
  C.Subject = SinkSubject.str();
  if (Kind == "log")
    C.Action = "writes " + Data + " to a log";
  else if (Kind == "storage")
    C.Action = "stores " + Data;
  else if (Kind == "network")
    C.Action = "sends " + Data + " over the network";
  else if (Kind == "cookie")
    C.Action = "puts " + Data + " in a cookie";
  else
    C.Action = "gives " + Data + " to a third-party SDK";
  return C;
}

} // namespace consentlint
