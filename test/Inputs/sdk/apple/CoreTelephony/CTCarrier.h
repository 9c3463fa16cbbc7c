// Sub-header of the CoreTelephony mock.
#pragma clang system_header
#pragma once
#import <CoreTelephony/CoreTelephony.h>
