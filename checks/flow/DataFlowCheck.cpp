//===- DataFlowCheck.cpp - privacy-data-flow ------------------------------===//

#include "checks/flow/DataFlowCheck.h"
#include "checks/flow/FlowWording.h"

namespace consentlint {

llvm::StringRef DataFlowCheck::sinkNoun(llvm::StringRef Kind) {
  return flowSinkNoun(Kind);
}

Level DataFlowCheck::severity(Level ReadSeverity) {
  return ReadSeverity == Level::Error ? Level::Error : Level::Warning;
}

Candidate DataFlowCheck::describe(const Candidate &Source, llvm::StringRef Kind,
                                  llvm::StringRef SinkSubject,
                                  unsigned SinkLine) {
  // Reported at the read, the site a reviewer labels ("the client address
  // is collected here, because it is logged there"), naming the sink.
  Candidate C = Source;
  C.Severity = severity(Source.Severity);
  C.Action = flowAction(Source.Action, Kind, SinkSubject,
                        "line " + std::to_string(SinkLine));
  return C;
}

} // namespace consentlint
