#pragma clang system_header
/* Minimal mock of libmaxminddb's public API (maxminddb.h), written from the
 * documented signatures for consentlint's corpus. Only what callers need. */
#ifndef CONSENTLINT_MOCK_MAXMINDDB_H
#define CONSENTLINT_MOCK_MAXMINDDB_H
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/socket.h>

#define MMDB_SUCCESS 0
#define MMDB_FILE_OPEN_ERROR 1
#define MMDB_IO_ERROR 4
#define MMDB_MODE_MMAP 1
#define MMDB_UINT128_IS_BYTE_ARRAY 1

#define MMDB_DATA_TYPE_UTF8_STRING 2
#define MMDB_DATA_TYPE_DOUBLE 3
#define MMDB_DATA_TYPE_BYTES 4
#define MMDB_DATA_TYPE_UINT16 5
#define MMDB_DATA_TYPE_UINT32 6
#define MMDB_DATA_TYPE_MAP 7
#define MMDB_DATA_TYPE_INT32 8
#define MMDB_DATA_TYPE_UINT64 9
#define MMDB_DATA_TYPE_UINT128 10
#define MMDB_DATA_TYPE_ARRAY 11
#define MMDB_DATA_TYPE_BOOLEAN 14
#define MMDB_DATA_TYPE_FLOAT 15

typedef struct MMDB_s { uint32_t flags; const char *filename; ssize_t file_size; } MMDB_s;
typedef struct MMDB_entry_s { const struct MMDB_s *mmdb; uint32_t offset; } MMDB_entry_s;
typedef struct MMDB_lookup_result_s { bool found_entry; MMDB_entry_s entry; uint16_t netmask; } MMDB_lookup_result_s;
typedef struct MMDB_entry_data_s {
    bool has_data;
    union {
        uint32_t pointer;
        const char *utf8_string;
        double double_value;
        const uint8_t *bytes;
        uint16_t uint16;
        uint32_t uint32;
        int32_t int32;
        uint64_t uint64;
        uint8_t uint128[16];
        bool boolean;
        float float_value;
    };
    uint32_t offset;
    uint32_t offset_to_next;
    uint32_t data_size;
    uint32_t type;
} MMDB_entry_data_s;

int MMDB_open(const char *filename, uint32_t flags, MMDB_s *mmdb);
void MMDB_close(MMDB_s *mmdb);
MMDB_lookup_result_s MMDB_lookup_string(const MMDB_s *mmdb, const char *ipstr,
                                        int *gai_error, int *mmdb_error);
MMDB_lookup_result_s MMDB_lookup_sockaddr(const MMDB_s *mmdb,
                                          const struct sockaddr *sockaddr,
                                          int *mmdb_error);
int MMDB_get_value(MMDB_entry_s *start, MMDB_entry_data_s *entry_data, ...);
int MMDB_aget_value(MMDB_entry_s *start, MMDB_entry_data_s *entry_data,
                    const char *const *path);
const char *MMDB_strerror(int error_code);
#endif
