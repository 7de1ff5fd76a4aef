/**
 * "Cỡ chữ và hiển thị" on /cai-dat/: one group of large radio tiles per display setting, a
 * preview paragraph, and a reset. A choice is saved for the active learner and the settings
 * store applies it to the whole page at once, so the preview (and everything else) shows the
 * result while the learner is still choosing. Radios, not custom widgets: arrow keys, screen
 * readers and forms without CSS all work as people expect.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import {
  $settings,
  DEFAULT_SETTINGS,
  DISPLAY_CHOICES,
  resetDisplaySettings,
  setContrast,
  setLineSpacing,
  setMotion,
  setTextSize,
  type Settings,
} from '../stores/settings';
import { $activeProfile } from '../stores/profiles';
import { $storageHealth } from '../stores/storage';
import { contrastLabels, form as t, lineSpacingLabels, motionLabels, textSizeLabels } from '../i18n/settings';
import { url } from '../lib/paths';
import ProfileAvatar from './ProfileAvatar';
import '../styles/settings.css';

interface ChoiceProps<V extends string | number> {
  name: string;
  legend: string;
  values: readonly V[];
  labels: Record<V, string>;
  current: V;
  choose: (value: V) => void;
}

function Choice<V extends string | number>({ name, legend, values, labels, current, choose }: ChoiceProps<V>) {
  return (
    <fieldset class="setting-group">
      <legend class="setting-group__legend">{legend}</legend>
      <div class="setting-group__options">
        {values.map((value) => (
          <label key={value} class={`setting-option${value === current ? ' setting-option--chosen' : ''}`}>
            <input type="radio" name={name} value={String(value)} checked={value === current} onChange={() => choose(value)} />
            <span>{labels[value]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default function ReadingSettings() {
  const stored: Settings = useStore($settings);
  const profile = useStore($activeProfile);
  const health = useStore($storageHealth);
  const [status, setStatus] = useState('');
  // The server knows no learner: hydrate exactly its markup (Preact does not correct a radio's
  // `checked` while hydrating), then show the stored choices.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const settings = mounted ? stored : DEFAULT_SETTINGS;
  const say = (message: string) => setStatus(message);

  return (
    <div class="reading-settings">
      <p class="reading-settings__whose">
        <span>{t.whose}</span>
        {mounted && (
          <strong class="reading-settings__learner">
            <ProfileAvatar icon={profile.icon} color={profile.color} />
            <span>{profile.guest ? t.guest : profile.name}</span>
          </strong>
        )}
        <a href={url('/nguoi-hoc/')}>{t.changeLearner}</a>
      </p>

      <section class="reading-preview" aria-labelledby="xem-truoc">
        <h2 id="xem-truoc" class="reading-preview__title">
          {t.previewTitle}
        </h2>
        <p>{t.preview}</p>
      </section>

      <Choice
        name="textSize"
        legend={t.textSize}
        values={DISPLAY_CHOICES.textSize}
        labels={textSizeLabels}
        current={settings.textSize}
        choose={(v) => (say(''), setTextSize(v))}
      />
      <Choice
        name="lineSpacing"
        legend={t.lineSpacing}
        values={DISPLAY_CHOICES.lineSpacing}
        labels={lineSpacingLabels}
        current={settings.lineSpacing}
        choose={(v) => (say(''), setLineSpacing(v))}
      />
      <Choice
        name="contrast"
        legend={t.contrast}
        values={DISPLAY_CHOICES.contrast}
        labels={contrastLabels}
        current={settings.contrast}
        choose={(v) => (say(''), setContrast(v))}
      />
      <Choice
        name="motion"
        legend={t.motion}
        values={DISPLAY_CHOICES.motion}
        labels={motionLabels}
        current={settings.motion}
        choose={(v) => (say(''), setMotion(v))}
      />

      <p class="reading-settings__actions">
        <button
          type="button"
          class="btn btn--secondary"
          onClick={() => {
            resetDisplaySettings();
            say(t.resetDone);
          }}
        >
          {t.reset}
        </button>
      </p>
      <p class="reading-settings__status" role="status">
        {status || (health.saving ? '' : t.notSaved)}
      </p>
    </div>
  );
}
