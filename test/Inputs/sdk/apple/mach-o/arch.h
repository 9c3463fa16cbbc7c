// Mock of <mach-o/arch.h>.
#pragma clang system_header
#pragma once
#include <mach/machine.h>
