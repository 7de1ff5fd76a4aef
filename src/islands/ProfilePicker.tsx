/**
 * "Ai đang học?": the learners of this device as large tiles (avatar and name), to choose who
 * learns now, add someone, rename, or delete one (after a confirmation), and the guest tile
 * for someone who only wants to try. Choosing goes back to the page the learner came from.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $guest,
  $learners,
  AVATAR_COLORS,
  AVATAR_ICONS,
  selectProfile,
  startGuest,
  type Profile,
} from '../stores/profiles';
import { addProfile, adoptOrphans, deleteLearner, renameProfile } from '../stores/learner-data';
import { picker as t } from '../i18n/profiles-pages';
import { url } from '../lib/paths';
import ProfileAvatar from './ProfileAvatar';
import ProfileForm from './ProfileForm';

/** Where to go once someone is chosen: back to the page they came from on this site, else home. */
function returnAddress(): string {
  try {
    const from = new URL(document.referrer);
    if (from.origin === location.origin && from.pathname !== location.pathname) return from.href;
  } catch {
    /* no referrer */
  }
  return url('/');
}

export default function ProfilePicker() {
  const state = useStore($learners);
  const guest = useStore($guest);
  const [ready, setReady] = useState(false);
  const [editing, setEditing] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const keepButton = useRef<HTMLButtonElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    adoptOrphans();
    setReady(true);
  }, []);
  useEffect(() => keepButton.current?.focus(), [confirming]);

  if (!ready) return null;

  const choose = (profile: Profile) => {
    selectProfile(profile.id);
    setStatus(t.nowLearning(profile.name));
    location.assign(returnAddress());
  };
  const chooseGuest = () => {
    startGuest();
    location.assign(returnAddress());
  };
  const remove = (profile: Profile) => {
    deleteLearner(profile.id);
    setConfirming(undefined);
    setStatus(t.removed(profile.name));
    statusRef.current?.focus();
  };
  const nextLook = {
    icon: AVATAR_ICONS[state.profiles.length % AVATAR_ICONS.length] ?? 'hoa',
    color: AVATAR_COLORS[state.profiles.length % AVATAR_COLORS.length] ?? 'xanh-la',
  };

  return (
    <div class="profile-picker">
      {guest && <p class="callout">{t.guestActive}</p>}
      <p class="profile-status" role="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
      <ul class="profile-tiles" aria-label={t.listLabel}>
        {state.profiles.map((profile) => {
          const active = !guest && profile.id === state.active;
          return (
            <li class={`profile-tile${active ? ' profile-tile--active' : ''}`} key={profile.id}>
              <button type="button" class="profile-tile__choose" aria-current={active ? 'true' : undefined} onClick={() => choose(profile)}>
                <ProfileAvatar icon={profile.icon} color={profile.color} size="large" />
                <span class="profile-tile__name">{profile.name}</span>
                <span class="profile-tile__hint">{active ? t.current : t.chooseHint}</span>
              </button>
              {!guest && (
                <div class="profile-tile__actions">
                  <button type="button" class="btn btn--secondary btn--small" onClick={() => { setConfirming(undefined); setEditing(profile.id); }}>
                    {t.rename}
                    <span class="visually-hidden"> {profile.name}</span>
                  </button>
                  <button type="button" class="btn btn--secondary btn--small" onClick={() => { setEditing(undefined); setConfirming(profile.id); }}>
                    {t.remove}
                    <span class="visually-hidden"> {profile.name}</span>
                  </button>
                </div>
              )}
              {confirming === profile.id && (
                <div class="profile-confirm" role="alert">
                  <p>{t.confirmRemove(profile.name)}</p>
                  <p class="meta">{t.confirmTip}</p>
                  <div class="button-row">
                    <button type="button" class="btn btn--danger" onClick={() => remove(profile)}>
                      {t.confirmYes}
                    </button>
                    <button type="button" class="btn btn--secondary" ref={keepButton} onClick={() => setConfirming(undefined)}>
                      {t.confirmNo}
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
        <li class={`profile-tile profile-tile--guest${guest ? ' profile-tile--active' : ''}`}>
          <button type="button" class="profile-tile__choose" aria-current={guest ? 'true' : undefined} onClick={chooseGuest}>
            <ProfileAvatar icon="sao" color="nau" size="large" />
            <span class="profile-tile__name">{t.guest}</span>
            <span class="profile-tile__hint">{guest ? t.current : t.guestHint}</span>
          </button>
        </li>
        <li class="profile-tile profile-tile--add">
          <button type="button" class="profile-tile__choose" onClick={() => { setConfirming(undefined); setEditing('new'); }}>
            <span class="profile-tile__plus" aria-hidden="true">+</span>
            <span class="profile-tile__name">{t.add}</span>
          </button>
        </li>
      </ul>
      {editing === 'new' && (
        <ProfileForm
          idPrefix="them"
          heading={t.addHeading}
          initial={{ name: '', ...nextLook }}
          onSave={(choice) => addProfile(choice)}
          onDone={({ profile }) => {
            setEditing(undefined);
            setStatus(t.added(profile.name));
            statusRef.current?.focus();
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
      {editing && editing !== 'new' && (() => {
        const profile = state.profiles.find((p) => p.id === editing);
        if (!profile) return null;
        return (
          <ProfileForm
            key={profile.id}
            idPrefix="sua"
            heading={t.editHeading(profile.name)}
            initial={{ name: profile.name, icon: profile.icon, color: profile.color }}
            onSave={(choice) => renameProfile(profile.id, choice)}
            onDone={({ profile: saved }) => {
              setEditing(undefined);
              setStatus(t.renamed(saved.name));
              statusRef.current?.focus();
            }}
            onCancel={() => setEditing(undefined)}
          />
        );
      })()}
    </div>
  );
}
