// RUN: %check_consentlint %s consent-personal-data --config-file=%inputs/config/acme.consentlint.yaml
#include <QtPositioning/QGeoPositionInfoSource>
#include <acme/consent.h>

using acme::consent::Purpose;

void ungated(QObject *parent) {
  QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(parent);
  source->startUpdates();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'QGeoPositionInfoSource::startUpdates' reads the device position without a consent check for location [consent-personal-data]
  source->lastKnownPosition();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'QGeoPositionInfoSource::lastKnownPosition' {{.*}} [consent-personal-data]
}

void gated(QGeoPositionInfoSource *source) {
  if (acme::consent::granted(Purpose::Location))
    source->requestUpdate(5000);
  source->stopUpdates();
}
