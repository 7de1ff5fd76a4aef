/**
 * Taking a learner's progress off this device: a fresh profile for a learner who has none here
 * (the guest, an event visitor), so the file or QR adds them as a new learner anywhere, and
 * saving a backup text as a downloaded file. Used by the progress page and the kiosk finish screen.
 */
import type { Profile } from '../../stores/profiles';

/** A new random id under the given name, with the guest's picture. */
export function travellerProfile(name: string): Profile {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return {
    id: `nh-${[...bytes].map((b) => (b % 36).toString(36)).join('')}`,
    name,
    icon: 'sao',
    color: 'nau',
    createdAt: new Date().toISOString(),
  };
}

/** Saves the text as a JSON file in the browser's downloads. */
export function downloadText(text: string, fileName: string): void {
  const href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
