/* Mock of libsystemd's sd-id128.h. */
#pragma clang system_header
#pragma once
typedef union sd_id128 { unsigned char bytes[16]; unsigned long long qwords[2]; } sd_id128_t;
int sd_id128_get_machine(sd_id128_t *ret);
int sd_id128_get_machine_app_specific(sd_id128_t app_id, sd_id128_t *ret);
