# The one place that knows about LLVM/Clang packaging quirks.
#
# Debian's LLVMConfigVersion.cmake accepts only an exact major.minor match,
# so find LLVM without a version and check the major version afterwards.
# Debian installs several LLVMs side by side; prefer 19 unless LLVM_DIR says.
find_package(LLVM CONFIG REQUIRED HINTS /usr/lib/llvm-19/lib/cmake/llvm)
find_package(Clang CONFIG REQUIRED HINTS "${LLVM_DIR}/../clang")
set(CONSENTLINT_MIN_LLVM 19)
if(LLVM_VERSION_MAJOR VERSION_LESS CONSENTLINT_MIN_LLVM)
  message(FATAL_ERROR "consentlint needs LLVM >= ${CONSENTLINT_MIN_LLVM}, "
                      "found ${LLVM_PACKAGE_VERSION} in ${LLVM_DIR}")
endif()
message(STATUS "consentlint: LLVM ${LLVM_PACKAGE_VERSION} (RTTI ${LLVM_ENABLE_RTTI}) from ${LLVM_DIR}")

list(APPEND CMAKE_MODULE_PATH "${LLVM_CMAKE_DIR}")
include(AddLLVM)

option(CONSENTLINT_LINK_CLANG_DYLIB "Link against libclang-cpp" ${CLANG_LINK_CLANG_DYLIB})
separate_arguments(CONSENTLINT_LLVM_DEFS NATIVE_COMMAND "${LLVM_DEFINITIONS}")

add_library(consentlint_llvm INTERFACE)
target_include_directories(consentlint_llvm SYSTEM INTERFACE ${LLVM_INCLUDE_DIRS} ${CLANG_INCLUDE_DIRS})
target_compile_definitions(consentlint_llvm INTERFACE ${CONSENTLINT_LLVM_DEFS})
if(CONSENTLINT_LINK_CLANG_DYLIB)
  target_link_libraries(consentlint_llvm INTERFACE clang-cpp LLVM)
else()
  target_link_libraries(consentlint_llvm INTERFACE
    clangTooling clangFrontend clangSerialization clangDriver clangParse clangSema
    clangAnalysis clangIndex clangAST clangLex clangBasic LLVMSupport LLVMOption)
endif()

# Compile flags of code that subclasses LLVM/Clang classes: no exceptions, and
# RTTI exactly as LLVM was built (LLVM_ENABLE_RTTI), never assumed.
function(consentlint_llvm_flags target)
  target_compile_options(${target} PRIVATE -fno-exceptions -funwind-tables)
  if(NOT LLVM_ENABLE_RTTI)
    target_compile_options(${target} PRIVATE -fno-rtti)
  endif()
endfunction()

# lit: Debian ships lit.py under build/utils/lit, and no llvm-lit.
find_program(CONSENTLINT_LIT NAMES llvm-lit lit lit.py
             HINTS "${LLVM_TOOLS_BINARY_DIR}" "${LLVM_TOOLS_BINARY_DIR}/../build/utils/lit")
find_program(CONSENTLINT_FILECHECK NAMES FileCheck HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
