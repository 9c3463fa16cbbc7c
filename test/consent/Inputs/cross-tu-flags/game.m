#import "settings.h"
#import <FirebaseAnalytics/FirebaseAnalytics.h>
#import <GoogleMobileAds/GoogleMobileAds.h>

void play(GADBannerView *banner) {
  if (Settings.shared.adsAllowed)
    [banner loadRequest:[GADRequest request]];
  if (g_analyticsAllowed)
    [FIRAnalytics logEventWithName:@"play" parameters:nil];
  if (g_analyticsAllowed)
    [banner loadRequest:[GADRequest request]];
}
