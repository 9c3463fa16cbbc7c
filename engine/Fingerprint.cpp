//===- Fingerprint.cpp - Line hashes that track findings ------------------===//

#include "engine/Fingerprint.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/SHA256.h"
#include <map>

namespace consentlint {

std::vector<std::string> lineHashes(llvm::StringRef Text) {
  // fingerprints.ts works on UTF-16 code units (charCodeAt).
  std::vector<uint16_t> Units;
  {
    llvm::SmallVector<llvm::UTF16, 0> U16;
    if (llvm::convertUTF8ToUTF16String(Text, U16))
      Units.assign(U16.begin(), U16.end());
    else
      for (unsigned char C : Text)
        Units.push_back(C);
  }
  constexpr int BlockSize = 100;
  constexpr uint16_t Tab = '\t', Space = ' ', LF = '\n', CR = '\r';
  constexpr uint32_t EndOfFile = 65535;
  const uint64_t Mod = 37;
  uint64_t FirstMod = 1;
  for (int I = 0; I < BlockSize; ++I)
    FirstMod *= Mod;

  std::vector<uint32_t> Window(BlockSize, 0);
  std::vector<int64_t> LineNumbers(BlockSize, -1);
  uint64_t Hash = 0; // Wraps like Long's 64-bit two's complement.
  int Index = 0;
  int64_t LineNumber = 0;
  bool LineStart = true, PrevCR = false;
  std::map<std::string, int> Counts;
  std::vector<std::string> Out;

  auto OutputHash = [&] {
    std::string H = llvm::utohexstr(Hash, /*LowerCase=*/true);
    int N = ++Counts[H];
    int64_t Line = LineNumbers[Index];
    if (Line >= 1) {
      if (Out.size() < size_t(Line))
        Out.resize(Line);
      Out[Line - 1] = H + ":" + std::to_string(N);
    }
    LineNumbers[Index] = -1;
  };
  auto UpdateHash = [&](uint32_t Current) {
    uint32_t Begin = Window[Index];
    Window[Index] = Current;
    Hash = Mod * Hash + Current - FirstMod * Begin;
    Index = (Index + 1) % BlockSize;
  };
  auto Process = [&](uint32_t Current) {
    if (Current == Space || Current == Tab || (PrevCR && Current == LF)) {
      PrevCR = false;
      return;
    }
    if (Current == CR) {
      Current = LF;
      PrevCR = true;
    } else {
      PrevCR = false;
    }
    if (LineNumbers[Index] != -1)
      OutputHash();
    if (LineStart) {
      LineStart = false;
      ++LineNumber;
      LineNumbers[Index] = LineNumber;
    }
    if (Current == LF)
      LineStart = true;
    UpdateHash(Current);
  };
  for (uint16_t U : Units)
    Process(U);
  Process(EndOfFile);
  for (int I = 0; I < BlockSize; ++I) {
    if (LineNumbers[Index] != -1)
      OutputHash();
    UpdateHash(0);
  }
  return Out;
}

std::string stableFingerprint(llvm::StringRef Check, llvm::StringRef Rule,
                              llvm::StringRef RelPath,
                              llvm::StringRef SourceLine) {
  std::string Code;
  for (char C : SourceLine)
    if (!llvm::isSpace(C))
      Code += C;
  llvm::SHA256 H;
  const llvm::StringRef Sep("\0", 1);
  for (llvm::StringRef Part : {Check, Sep, Rule, Sep, RelPath, Sep})
    H.update(Part);
  H.update(Code);
  auto D = H.final();
  return llvm::toHex(llvm::ArrayRef<uint8_t>(D.data(), D.size()), true)
      .substr(0, 32);
}

} // namespace consentlint
