//===- PolicyCommand.h - consentlint policy outline / map -------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_POLICY_POLICYCOMMAND_H
#define CONSENTLINT_DRIVER_POLICY_POLICYCOMMAND_H

#include <string>

namespace consentlint {

/// consentlint policy outline|map <file> [--language=<code>]
///                                       [--config-file=<.consentlint.yaml>]
/// with the policy data (languages, lexicon) from \p PolicyDataDir.
int runPolicyCommand(int Argc, const char **Argv,
                     const std::string &PolicyDataDir);

} // namespace consentlint

#endif
