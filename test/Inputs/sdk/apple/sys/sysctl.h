// Mock of the Darwin <sys/sysctl.h> declarations the corpus sources use
// (glibc has no sys/sysctl.h), written from the public BSD/Darwin signatures.
#pragma clang system_header
#pragma once
#include <stddef.h>
#include <sys/types.h>
#include <sys/time.h>
#define CTL_KERN 1
#define CTL_HW 6
#define KERN_OSVERSION 65
#define KERN_BOOTTIME 21
#define KERN_PROC 14
#define KERN_PROC_PID 1
#define HW_MACHINE 1
#define HW_MODEL 2
#define P_TRACED 0x00000800
struct extern_proc { int p_flag; int p_stat; pid_t p_pid; };
struct kinfo_proc { struct extern_proc kp_proc; };
int sysctl(int *name, unsigned int namelen, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
int sysctlbyname(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
