/**
 * The /ngay-hoi/ page's one island: which screen this device shows. Kiosk mode off → the
 * organiser's setup; on, with no visitor in this tab → the welcome screen (setup folded away
 * below it); on, with a visitor (the guest of stores/profiles.ts) → their finish screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $guest } from '../stores/profiles';
import { $kiosk } from '../kiosk/store';
import { resolveLesson } from '../kiosk/settings';
import { startTurn } from '../kiosk/turn';
import { kioskSetup, kioskWelcome as t } from '../i18n/kiosk';
import KioskSetup, { type KioskLesson, type KioskModule } from './KioskSetup';
import KioskFinish from './KioskFinish';
import '../styles/profiles.css';

export type { KioskLesson, KioskModule };

interface Props {
  modules: KioskModule[];
}

export default function KioskHome({ modules }: Props) {
  const settings = useStore($kiosk);
  const guest = useStore($guest);
  const [ready, setReady] = useState(false);
  // Starting a turn makes this tab a guest a moment before the lesson opens: keep the welcome.
  const [starting, setStarting] = useState(false);
  useEffect(() => setReady(true), []);
  // The screen depends on this device's storage, unknown to the server (the page says so without JavaScript).
  if (!ready) return null;

  const lesson = resolveLesson(settings.lesson, modules.flatMap((m) => m.lessons));
  if (!settings.on) return <KioskSetup modules={modules} />;
  if (guest && lesson && !starting) return <KioskFinish lesson={lesson} />;

  return (
    <>
      <section class="kiosk-welcome" aria-labelledby="kiosk-chao">
        <h2 id="kiosk-chao" class="kiosk-welcome__heading">
          {t.heading}
        </h2>
        {lesson ? (
          <>
            <p class="kiosk-welcome__lead">{t.lead}</p>
            <ol class="kiosk-welcome__steps">
              {t.steps(lesson.title).map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <p class="kiosk-welcome__privacy">{t.privacy}</p>
            <button type="button" class="btn kiosk-start" disabled={starting} onClick={() => setStarting(startTurn(lesson.href))}>
              {t.start}
            </button>
          </>
        ) : (
          <p>{t.noLesson}</p>
        )}
      </section>
      <details class="kiosk-organiser">
        <summary>{kioskSetup.summary}</summary>
        <KioskSetup modules={modules} />
      </details>
    </>
  );
}
