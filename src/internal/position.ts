import type { Point } from '../catalogue/geo.js';

/**
 * The resident's position, asked for only when they press a button ("near me"): rejects when the
 * browser has no geolocation or the resident or the device says no.
 */
export function currentPosition(): Promise<Point> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('no geolocation'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (position) => resolve({ latitude: position.coords.latitude, longitude: position.coords.longitude }),
      reject,
      { maximumAge: 600_000, timeout: 15_000 },
    );
  });
}
