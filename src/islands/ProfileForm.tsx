/**
 * The form to add a learner or change one's name and avatar: a name, then a picture and a
 * colour chosen from large labelled choices. Problems with the name are said next to the field.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { AVATAR_COLORS, AVATAR_ICONS, type AvatarColor, type AvatarIcon } from '../stores/profiles';
import type { ProfileChoice, ProfileResult } from '../stores/learner-data';
import { avatar, nameProblems, picker as t } from '../i18n/profiles-pages';
import ProfileAvatar from './ProfileAvatar';

interface Props {
  /** Unique prefix of the form's element ids. */
  idPrefix: string;
  heading: string;
  initial: ProfileChoice;
  onSave: (choice: ProfileChoice) => ProfileResult;
  onDone: (result: ProfileResult & { ok: true }) => void;
  onCancel: () => void;
}

export default function ProfileForm({ idPrefix, heading, initial, onSave, onDone, onCancel }: Props) {
  const [name, setName] = useState(initial.name);
  const [icon, setIcon] = useState<AvatarIcon>(initial.icon);
  const [color, setColor] = useState<AvatarColor>(initial.color);
  const [problem, setProblem] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = onSave({ name, icon, color });
    if (result.ok) onDone(result);
    else {
      setProblem(nameProblems[result.problem]);
      input.current?.focus();
    }
  };

  return (
    <form class="profile-form card" onSubmit={submit} aria-labelledby={`${idPrefix}-heading`} noValidate>
      <h2 id={`${idPrefix}-heading`}>{heading}</h2>
      <label class="profile-form__label" for={`${idPrefix}-name`}>
        {t.nameLabel}
      </label>
      <input
        ref={input}
        id={`${idPrefix}-name`}
        class="profile-form__input"
        type="text"
        autocomplete="off"
        spellcheck={false}
        value={name}
        aria-describedby={`${idPrefix}-hint${problem ? ` ${idPrefix}-problem` : ''}`}
        aria-invalid={problem ? 'true' : undefined}
        onInput={(e) => {
          setName(e.currentTarget.value);
          setProblem(undefined);
        }}
      />
      <p id={`${idPrefix}-hint`} class="meta">
        {t.nameHint}
      </p>
      {problem && (
        <p id={`${idPrefix}-problem`} class="form-problem" role="alert">
          {problem}
        </p>
      )}
      <fieldset class="avatar-choices">
        <legend>{t.iconLegend}</legend>
        {AVATAR_ICONS.map((value) => (
          <label class="avatar-choice" key={value}>
            <input type="radio" name={`${idPrefix}-icon`} value={value} checked={icon === value} onChange={() => setIcon(value)} />
            <ProfileAvatar icon={value} color={color} />
            <span>{avatar.icons[value]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset class="avatar-choices">
        <legend>{t.colorLegend}</legend>
        {AVATAR_COLORS.map((value) => (
          <label class="avatar-choice" key={value}>
            <input type="radio" name={`${idPrefix}-color`} value={value} checked={color === value} onChange={() => setColor(value)} />
            <ProfileAvatar icon={icon} color={value} />
            <span>{avatar.colors[value]}</span>
          </label>
        ))}
      </fieldset>
      <div class="button-row">
        <button type="submit" class="btn">
          {t.save}
        </button>
        <button type="button" class="btn btn--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
