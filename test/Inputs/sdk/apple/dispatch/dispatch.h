// <dispatch/dispatch.h> of the mock: libdispatch is declared with Foundation.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
