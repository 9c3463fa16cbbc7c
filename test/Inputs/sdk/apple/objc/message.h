// Mock of <objc/message.h>.
#pragma clang system_header
#pragma once
#include <objc/runtime.h>
void objc_msgSend(void);
