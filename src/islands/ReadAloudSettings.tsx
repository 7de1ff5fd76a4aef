/**
 * Voice and speed for read-aloud, for the settings page (render it with client:visible). Lists
 * only the device's Vietnamese voices (the reader never uses another), lets the learner try
 * one, and explains how to install a Vietnamese voice when there is none. Self-contained: its
 * own strings, styles and store actions.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $settings, setRate, setVoice } from '../stores/settings';
import { readAloudText as t } from '../i18n/read-aloud';
import { RATE_STEPS, activeReader, browserSpeaker, createReader } from '../lib/read-aloud/controller';
import { loadVoices, pickVoice, vietnameseVoices } from '../lib/read-aloud/voices';
import { noVoiceHelp, speechSupported } from '../lib/read-aloud/session';
import '../styles/read-aloud.css';

export default function ReadAloudSettings() {
  const settings = useStore($settings);
  const [voices, setVoices] = useState<SpeechSynthesisVoice[] | undefined>(undefined);
  const help = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!speechSupported()) {
      setVoices([]);
      return;
    }
    let live = true;
    loadVoices(window.speechSynthesis).then((all) => live && setVoices(vietnameseVoices(all)));
    return () => {
      live = false;
      activeReader()?.stop();
    };
  }, []);

  const none = voices !== undefined && voices.length === 0;
  useEffect(() => {
    if (none && help.current) help.current.replaceChildren(noVoiceHelp(3));
  }, [none]);

  const tryIt = () => {
    const voice = voices && pickVoice(voices, settings.voice);
    if (!voice) return;
    createReader({ speaker: browserSpeaker(voice), sentences: [t.settings.sample], rate: settings.rate }).play();
  };
  const rates = [...new Set<number>([...RATE_STEPS, settings.rate])].sort((a, b) => a - b);

  return (
    <section class="ra-settings" aria-labelledby="ra-settings-h">
      <h2 id="ra-settings-h">{t.settings.heading}</h2>
      <p>{t.settings.intro}</p>
      {voices === undefined ? (
        <p role="status">{t.settings.loading}</p>
      ) : none ? (
        <div ref={help} />
      ) : (
        <>
          <fieldset class="ra-settings__group">
            <legend>{t.settings.voice}</legend>
            {[null, ...voices].map((v) => (
              <label class="ra-settings__choice" key={v?.voiceURI ?? 'auto'}>
                <input
                  type="radio"
                  name="ra-voice"
                  checked={v === null ? settings.voice === null || !voices.some((x) => x.voiceURI === settings.voice) : settings.voice === v.voiceURI}
                  onChange={() => setVoice(v?.voiceURI ?? null)}
                />
                <span>{v === null ? t.settings.defaultVoice : `${v.name} (${v.localService ? t.settings.onDevice : t.settings.online})`}</span>
              </label>
            ))}
          </fieldset>
          <fieldset class="ra-settings__group">
            <legend>{t.settings.speed}</legend>
            {rates.map((r) => (
              <label class="ra-settings__choice" key={r}>
                <input type="radio" name="ra-rate" checked={settings.rate === r} onChange={() => setRate(r)} />
                <span>{t.rateName(r)}</span>
              </label>
            ))}
          </fieldset>
          <button type="button" class="btn" onClick={tryIt}>
            <span aria-hidden="true">🔊</span> {t.settings.tryIt}
          </button>
        </>
      )}
    </section>
  );
}
