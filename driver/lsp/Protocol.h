//===- Protocol.h - LSP positions, URIs and diagnostics ---------*- C++ -*-===//
//
// Pure conversions between consentlint's findings (1-based lines, 1-based
// byte columns, absolute paths) and LSP's diagnostics (0-based lines,
// 0-based characters in the negotiated position encoding, file URIs).
// Nothing here does I/O, so it is unit-tested on its own.
//
//===----------------------------------------------------------------------===//

#ifndef CONSENTLINT_DRIVER_LSP_PROTOCOL_H
#define CONSENTLINT_DRIVER_LSP_PROTOCOL_H

#include "checks/Finding.h"
#include "engine/Scheduler.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include <functional>
#include <string>
#include <vector>

namespace consentlint {
namespace lsp {

/// LSP 3.17 PositionEncodingKind; UTF-16 is the protocol's default.
enum class PositionEncoding { UTF8, UTF16 };

llvm::StringRef encodingName(PositionEncoding E);

/// The LSP character (0-based, in \p E code units) of the 1-based byte
/// column \p ByteColumn of \p Line. Columns past the end count one unit per
/// byte; malformed UTF-8 counts one unit per byte.
unsigned lspCharacter(llvm::StringRef Line, unsigned ByteColumn,
                      PositionEncoding E);

/// The 0-based byte offset in \p Line of LSP character \p Character
/// (clamped to the line's length).
size_t byteOffset(llvm::StringRef Line, unsigned Character,
                  PositionEncoding E);

/// The path of a file:// URI (percent-decoded), or "" for other schemes.
std::string uriToPath(llvm::StringRef Uri);
/// The file:// URI of an absolute path.
std::string pathToUri(llvm::StringRef Path);

/// Line starts of a text; lines end at "\n", "\r\n" or "\r" as in LSP.
class LineTable {
public:
  explicit LineTable(llvm::StringRef Text);
  unsigned size() const { return Starts.size(); }
  /// Line \p Index (0-based) without its line ending; "" when out of range.
  llvm::StringRef line(unsigned Index) const;
  /// Byte offset of an LSP position, clamped to the text.
  size_t offset(unsigned Line, unsigned Character, PositionEncoding E) const;

private:
  llvm::StringRef Text;
  std::vector<size_t> Starts;
};

/// Returns the text of 1-based \p Line of \p File ("" when unknown).
using LineLookup =
    std::function<std::string(const std::string &File, unsigned Line)>;

/// The LSP range of \p L (columns converted with the lines \p Lines gives).
llvm::json::Object toRange(const Location &L, PositionEncoding E,
                           const LineLookup &Lines);

/// One LSP Diagnostic for \p F: code = check name, codeDescription.href =
/// the check's documentation, source = "consentlint", relatedInformation =
/// its notes, its path from the entry point and its policy section.
llvm::json::Object toDiagnostic(const Finding &F, PositionEncoding E,
                                const LineLookup &Lines);

/// Compiler errors as LSP diagnostics on \p MainFile, code
/// "clang-diagnostic-error", each with its notes as related information.
/// Errors in other files are shown at the first line, naming their file;
/// diagnostics without a position are left to the server's log.
std::vector<llvm::json::Value>
compilerDiagnostics(const std::vector<CompilerDiagnostic> &Diags,
                    llvm::StringRef MainFile, PositionEncoding E,
                    const LineLookup &Lines);

/// The same for clang's text format (file:line:col: error: message), as a
/// log or UnitResult::Diagnostics holds it.
std::vector<llvm::json::Value>
compilerDiagnostics(llvm::StringRef ClangText, llvm::StringRef MainFile,
                    PositionEncoding E, const LineLookup &Lines);

} // namespace lsp
} // namespace consentlint

#endif
