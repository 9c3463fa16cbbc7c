// A project's own audit log and anonymiser, as tests declare them in
// Inputs/config/flow.consentlint.yaml.
#pragma clang system_header
#pragma once
#include <string>
namespace acme {
/// Writes \p what and the values to the project's audit log.
template <typename... T> void audit(const char *what, const T &...values);
/// Drops the last octet of an IPv4 address.
std::string anonymize(const std::string &ip);
/// Uploads a record to the project's own backend.
void upload(const std::string &record);
} // namespace acme
