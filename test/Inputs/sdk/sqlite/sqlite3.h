// Mock of SQLite's C API (sqlite3.h), from sqlite.org/c3ref: only what the
// tests need.
#pragma clang system_header
#pragma once
typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
#define SQLITE_TRANSIENT ((void (*)(void *))-1)
int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n, sqlite3_stmt **stmt,
                       const char **tail);
int sqlite3_bind_text(sqlite3_stmt *stmt, int index, const char *text, int n,
                      void (*destructor)(void *));
int sqlite3_step(sqlite3_stmt *stmt);
