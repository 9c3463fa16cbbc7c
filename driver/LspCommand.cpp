//===- LspCommand.cpp - The "consentlint lsp" subcommand ------------------===//

#include "driver/LspCommand.h"
#include "driver/Run.h"
#include "driver/lsp/LspServer.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace consentlint {

int runLsp(int Argc, const char **Argv, const DataDirs &Data) {
  // The same options as the analysis command, without the "lsp" word.
  std::vector<const char *> Args{Argv[0]};
  for (int I = 2; I < Argc; ++I)
    Args.push_back(Argv[I]);
  lsp::ServerOptions Opts;
  if (!parseDriverOptions(Args.size(), Args.data(), Opts.Driver))
    return ExitError;
  if (!Opts.Driver.Sources.empty()) {
    llvm::errs() << "error: 'consentlint lsp' takes no source files; the "
                    "client opens them\n";
    return ExitError;
  }
  Opts.Data = Data;

  // stdout carries the protocol only: keep a private descriptor for it and
  // point fd 1 at stderr, so a stray write elsewhere cannot corrupt a frame.
  int ProtocolFd = ::dup(STDOUT_FILENO);
  if (ProtocolFd < 0 || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    llvm::errs() << "error: cannot set up stdout for the protocol\n";
    return ExitError;
  }
  llvm::raw_fd_ostream Out(ProtocolFd, /*shouldClose=*/true);
  lsp::Transport T(stdin, Out);
  lsp::LspServer Server(std::move(Opts), T);
  int RC = Server.run();
  Out.flush();
  // No waiting for an analysis still running: its result is unwanted.
  std::_Exit(RC);
}

} // namespace consentlint
