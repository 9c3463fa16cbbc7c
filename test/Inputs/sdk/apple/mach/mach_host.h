// Mock of <mach/mach_host.h>: host statistics as the corpus sources use them.
#pragma clang system_header
#pragma once
#include <mach/machine.h>
typedef int kern_return_t;
typedef unsigned int mach_port_t;
typedef unsigned int natural_t;
typedef natural_t mach_msg_type_number_t;
typedef mach_port_t host_t;
typedef int host_flavor_t;
typedef integer_t *host_info_t;
typedef unsigned long vm_size_t;
#define KERN_SUCCESS 0
#define HOST_VM_INFO 2
struct vm_statistics { natural_t free_count; natural_t active_count; natural_t inactive_count; natural_t wire_count; };
typedef struct vm_statistics vm_statistics_data_t;
#define HOST_VM_INFO_COUNT ((mach_msg_type_number_t)(sizeof(vm_statistics_data_t) / sizeof(integer_t)))
extern vm_size_t vm_page_size;
host_t mach_host_self(void);
kern_return_t host_statistics(host_t host_priv, host_flavor_t flavor, host_info_t host_info_out, mach_msg_type_number_t *host_info_outCnt);
