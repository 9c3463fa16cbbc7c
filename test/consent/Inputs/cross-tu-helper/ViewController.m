#import "ConsentManager.h"
#import <GoogleMobileAds/GoogleMobileAds.h>

@interface ViewController : NSObject
@property(nonatomic, strong) GADBannerView *banner;
@end

@implementation ViewController
- (void)viewDidLoad {
  if (ConsentManager.sharedInstance.canRequestAds)
    [self.banner loadRequest:[GADRequest request]];
  if (![ConsentManager.sharedInstance canRequestAds])
    return;
  [GADMobileAds.sharedInstance startWithCompletionHandler:nil];
}
- (void)viewDidAppear:(BOOL)animated {
  if ([ConsentManager.sharedInstance analyticsAllowed])
    [self.banner loadRequest:[GADRequest request]];
}
@end
