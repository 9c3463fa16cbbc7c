#pragma clang system_header
// Minimal mock of CppDB's frontend API (cppdb/frontend.h), written from its
// documented interface for consentlint's corpus. Only what callers need.
#ifndef CONSENTLINT_MOCK_CPPDB_FRONTEND_H
#define CONSENTLINT_MOCK_CPPDB_FRONTEND_H
#include <string>
namespace cppdb {
struct exec_tag {};
struct row_tag {};
extern exec_tag exec;
extern row_tag row;
class result {
public:
    result();
    bool next();
    bool empty();
    void clear();
    template <typename T> T get(int col);
    template <typename T> result &operator>>(T &v);
};
class statement {
public:
    statement();
    template <typename T> statement &operator<<(T const &v);
    statement &operator<<(exec_tag);
    result operator<<(row_tag);
    long long last_insert_id();
    long long sequence_last(std::string const &seq);
    void exec();
    result query();
    result row();
    operator result();
};
class session {
public:
    session();
    explicit session(std::string const &connection_string);
    void open(std::string const &connection_string);
    void close();
    bool is_open();
    statement operator<<(std::string const &query);
    statement operator<<(char const *query);
    statement prepare(std::string const &query);
    void begin();
    void commit();
    void rollback();
};
class transaction {
public:
    explicit transaction(session &s);
    ~transaction();
    void commit();
    void rollback();
};
} // namespace cppdb
#endif
