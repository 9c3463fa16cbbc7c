//===- PolicyCommand.h - consentlint policy outline / map -------*- C++ -*-===//

#ifndef CONSENTLINT_DRIVER_POLICY_POLICYCOMMAND_H
#define CONSENTLINT_DRIVER_POLICY_POLICYCOMMAND_H

namespace consentlint {

/// consentlint policy outline|map <file> [--language=<code>]
///                                       [--config-file=<.consentlint.yaml>]
int runPolicyCommand(int Argc, const char **Argv, void *MainAddr);

} // namespace consentlint

#endif
