// Mock of CoreTelephony for consentlint's tests and corpus parsing, written from
// Apple's public API signatures: carrier and radio information.
#pragma clang system_header
#pragma once
#import <Foundation/Foundation.h>
@interface CTCarrier : NSObject
@property(nonatomic, readonly, retain) NSString *carrierName;
@property(nonatomic, readonly, retain) NSString *mobileCountryCode;
@property(nonatomic, readonly, retain) NSString *mobileNetworkCode;
@property(nonatomic, readonly, retain) NSString *isoCountryCode;
@property(nonatomic, readonly, assign) BOOL allowsVOIP;
@end
extern NSString *const CTRadioAccessTechnologyLTE;
extern NSString *const CTRadioAccessTechnologyNR;
extern NSString *const CTRadioAccessTechnologyWCDMA;
@interface CTTelephonyNetworkInfo : NSObject
@property(readonly, retain) NSDictionary<NSString *, CTCarrier *> *serviceSubscriberCellularProviders;
@property(readonly, retain) CTCarrier *subscriberCellularProvider;
@property(nonatomic, copy) void (^subscriberCellularProviderDidUpdateNotifier)(CTCarrier *carrier);
@property(nonatomic, copy) void (^serviceSubscriberCellularProvidersDidUpdateNotifier)(NSString *serviceKey);
@property(readonly, retain) NSDictionary<NSString *, NSString *> *serviceCurrentRadioAccessTechnology;
@property(nonatomic, readonly, retain) NSString *currentRadioAccessTechnology;
@property(nonatomic, readonly) NSString *dataServiceIdentifier;
@end
