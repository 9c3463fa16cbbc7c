#pragma once
#import <Foundation/Foundation.h>
extern BOOL g_analyticsAllowed;
@interface Settings : NSObject
@property(class, nonatomic, readonly, strong) Settings *shared;
@property(nonatomic) BOOL adsAllowed;
- (void)refresh;
@end
