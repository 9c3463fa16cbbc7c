// Mock of {fmt} (fmt/format.h), from fmt.dev's API reference: only what the
// tests need.
#pragma clang system_header
#pragma once
#include <string>
namespace fmt {
template <typename... T> std::string format(const char *fmt, T &&...args);
} // namespace fmt
