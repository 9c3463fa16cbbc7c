//===- FlowWording.h - How a flow's finding reads ----------------*- C++ -*-===//
//
// The words of a privacy-data-flow finding, shared by the unit analyser
// (flows within a unit) and the program linker (flows across units), which
// knows nothing of clang's AST.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_CHECKS_FLOW_FLOWWORDING_H
#define CONSENTLINT_CHECKS_FLOW_FLOWWORDING_H

#include "llvm/ADT/StringRef.h"
#include <string>

namespace consentlint {

/// What a sink kind (log, storage, network, cookie, third-party) is called
/// in messages: "a log", "the network".
llvm::StringRef flowSinkNoun(llvm::StringRef Kind);

/// A read's action extended by where its data goes: "is read" becomes
/// "is read and writes it to a log (call to 'NSLog', line 12)"; \p Where
/// is "line 12", or "Store.m:40" for a sink in another file.
std::string flowAction(llvm::StringRef ReadAction, llvm::StringRef Kind,
                       llvm::StringRef SinkSubject, llvm::StringRef Where);

} // namespace consentlint

#endif
