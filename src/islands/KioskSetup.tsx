/**
 * The organiser's setup for kiosk mode on this device: on/off, inactivity timeout, the lesson
 * visitors try. Every change is saved at once (no "save" button to forget); turning off asks
 * for a deliberate confirmation, and the page says plainly that this is not a lock.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $storageHealth } from '../stores/storage';
import { probeStorage } from '../stores/profiles';
import { $kiosk, chooseLesson, chooseTimeout, turnKioskOff, turnKioskOn } from '../kiosk/store';
import { DEFAULT_TIMEOUT, isTimeoutMinutes, resolveLesson, TIMEOUT_MINUTES } from '../kiosk/settings';
import { kioskSetup as t } from '../i18n/kiosk';

export interface KioskLesson {
  /** "<module>/<slug>". */
  id: string;
  title: string;
  minutes: number;
  href: string;
  /** Ids of the lesson's practice questions, for the visitor's score. */
  questions: string[];
}

export interface KioskModule {
  title: string;
  lessons: KioskLesson[];
}

export default function KioskSetup({ modules }: { modules: KioskModule[] }) {
  const settings = useStore($kiosk);
  const health = useStore($storageHealth);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => probeStorage(), []);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  const lesson = resolveLesson(settings.lesson, modules.flatMap((m) => m.lessons));
  const done = (message: string) => setStatus($storageHealth.get().saving ? message : '');

  return (
    <section class="kiosk-setup" aria-labelledby="kiosk-cai-dat">
      <h2 id="kiosk-cai-dat">{t.heading}</h2>
      <p>{t.intro}</p>
      <ul>
        {t.how.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="callout">{t.honest}</p>
      {!health.saving && (
        <p class="form-problem" role="alert">
          {t.noStorage}
        </p>
      )}
      <p class="kiosk-setup__state">
        <strong>{settings.on ? t.statusOn : t.statusOff}</strong>
      </p>
      <p class="profile-status" role="status">
        {status}
      </p>

      <fieldset class="kiosk-setup__timeout">
        <legend>{t.timeoutLegend}</legend>
        {TIMEOUT_MINUTES.map((n) => (
          <label class="kiosk-choice" key={n}>
            <input
              type="radio"
              name="kiosk-timeout"
              value={n}
              checked={settings.minutes === n}
              onChange={() => {
                if (!isTimeoutMinutes(n)) return;
                chooseTimeout(n);
                done(t.saved);
              }}
            />
            {t.minutes(n)}
            {n === DEFAULT_TIMEOUT ? t.defaultMark : ''}
          </label>
        ))}
      </fieldset>

      <label class="kiosk-setup__label" for="kiosk-bai-hoc">
        {t.lessonLabel}
      </label>
      <select
        id="kiosk-bai-hoc"
        class="kiosk-setup__select"
        value={lesson?.id}
        onChange={(e) => {
          chooseLesson(e.currentTarget.value);
          done(t.saved);
        }}
      >
        {modules.map((m) => (
          <optgroup label={m.title} key={m.title}>
            {m.lessons.map((l) => (
              <option value={l.id} key={l.id}>
                {t.lessonOption(l.title, l.minutes)}
              </option>
            ))}
          </optgroup>
        ))}
      </select>

      <div class="button-row">
        {settings.on ? (
          !confirming && (
            <button type="button" class="btn btn--secondary" onClick={() => setConfirming(true)}>
              {t.turnOff}
            </button>
          )
        ) : (
          <button
            type="button"
            class="btn"
            disabled={!health.saving}
            onClick={() => {
              turnKioskOn();
              done(t.turnedOn);
            }}
          >
            {t.turnOn}
          </button>
        )}
      </div>
      {settings.on && confirming && (
        <div class="kiosk-confirm" role="alert">
          <p>{t.confirmOff}</p>
          <div class="button-row">
            <button
              type="button"
              class="btn btn--danger"
              onClick={() => {
                setConfirming(false);
                turnKioskOff();
                done(t.turnedOff);
              }}
            >
              {t.confirmYes}
            </button>
            <button type="button" class="btn btn--secondary" ref={keepButton} onClick={() => setConfirming(false)}>
              {t.confirmNo}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
