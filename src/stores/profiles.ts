/**
 * Who is learning on this device. Progress and attempts are keyed by the active profile id,
 * so several people can take turns on one shared phone or commune computer.
 */
import { persistentAtom } from './storage';

/** The learner used until someone creates named profiles. */
export const DEFAULT_PROFILE_ID = 'mac-dinh';

export const $activeProfileId = persistentAtom<string>({
  key: 'hocso:nguoi-hoc-hien-tai',
  version: 1,
  parse: (data) => (typeof data === 'string' && /^[a-z0-9-]{1,40}$/.test(data) ? data : undefined),
  initial: () => DEFAULT_PROFILE_ID,
});
