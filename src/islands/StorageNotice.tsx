/**
 * On every page (lessons too, so it stays tiny): the active learner's name and avatar in the
 * header, linking to "Ai đang học?", and what the learner must know about their data — that
 * nothing is being saved (storage refused, or a guest), or that a damaged part was restarted
 * and what was kept. Rendered after hydration only, since the server cannot know the learner;
 * the notice's sentences load only when there is something to say.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $storageHealth } from '../stores/storage';
import { $activeProfile, $guest, probeStorage } from '../stores/profiles';
import { notice } from '../i18n/profiles';
import type { storageNotice } from '../i18n/profiles-pages';
import { url } from '../lib/paths';
import ProfileAvatar from './ProfileAvatar';
import '../styles/profiles.css';

export default function StorageNotice() {
  const profile = useStore($activeProfile);
  const guest = useStore($guest);
  const health = useStore($storageHealth);
  const [ready, setReady] = useState(false);
  const [t, setText] = useState<typeof storageNotice | undefined>();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const recovered = health.recovered.filter((key) => !dismissed.includes(key));
  const needed = guest || !health.saving || recovered.length > 0;
  useEffect(() => {
    probeStorage();
    setReady(true);
  }, []);
  useEffect(() => {
    if (needed && !t) import('../i18n/profiles-pages').then((m) => setText(m.storageNotice));
  }, [needed, t]);

  const pickerHref = url('/nguoi-hoc/');
  if (!ready) {
    return (
      <a class="learner-link" href={pickerHref}>
        {notice.whoIsLearning}
      </a>
    );
  }
  const label = (key: string) => (t ? (t.stores[key] ?? t.otherData) : '');
  return (
    <>
      <a class="learner-link" href={pickerHref}>
        <ProfileAvatar icon={profile.icon} color={profile.color} />
        <span class="learner-link__name">{guest ? notice.guestName : profile.name}</span>
        <span class="visually-hidden">: {notice.changeLearner}</span>
      </a>
      {t && !health.saving && !guest && (
        <div class="storage-notice storage-notice--warning" role="alert">
          <p>
            <strong>{t.notSavingTitle}</strong> {t.notSaving} <a href={url('/tien-do/#sao-luu')}>{t.notSavingAction}</a>.
          </p>
        </div>
      )}
      {t && guest && (
        <div class="storage-notice" role="status">
          <p>
            {t.guest} <a href={pickerHref}>{t.guestAction}</a>.
          </p>
        </div>
      )}
      {t && recovered.length > 0 && (
        <div class="storage-notice storage-notice--warning" role="status">
          <p>
            {t.recoveredTitle} <strong>{recovered.map(label).join(', ')}</strong>. {t.recoveredKept}{' '}
            {Object.keys(t.stores)
              .filter((key) => !health.recovered.includes(key))
              .map(label)
              .join(', ')}
            . <a href={url('/tien-do/#du-lieu-hong')}>{t.recoveredAction}</a>.
          </p>
          <button type="button" class="btn btn--secondary" onClick={() => setDismissed(health.recovered)}>
            {t.dismiss}
          </button>
        </div>
      )}
    </>
  );
}
