/**
 * What every page does while kiosk mode is on, loaded by boot.ts only then: keeps the visitor a
 * guest, shows the slim "Kết thúc lượt học" bar, and runs the inactivity timer with its
 * "Bạn còn đó không?" warning. Plain DOM rather than an island: it must work on every page,
 * whatever islands the page has, and stay small.
 */
import { $guest, startGuest } from '../stores/profiles';
import { kioskBar as t } from '../i18n/kiosk';
import { createIdleTimer, type IdleTimer } from './idle';
import { $kiosk } from './store';
import { WARNING_SECONDS } from './settings';
import { endTurn, kioskHome, learnerPages, samePage } from './turn';
import styles from '../styles/kiosk.css?url';

/** Dynamic imports do not bring their CSS here, so the bar's styles come as a stylesheet link. */
function loadStyles(): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styles;
  document.head.append(link);
}

const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

function showBar(): void {
  const bar = element('aside', 'kiosk-bar');
  bar.setAttribute('aria-label', t.label);
  const inner = element('div', 'kiosk-bar__inner wrap');
  const end = element('a', 'btn kiosk-bar__end', t.end);
  end.href = kioskHome();
  inner.append(element('p', 'kiosk-bar__text', t.text), end);
  bar.append(inner);
  document.body.append(bar);
}

/** The warning: an alertdialog over an inert page, focus on its one button. */
function warningDialog(onStillHere: () => void) {
  const overlay = element('div', 'kiosk-warning');
  overlay.hidden = true;
  const box = element('div', 'kiosk-warning__box');
  box.setAttribute('role', 'alertdialog');
  box.setAttribute('aria-modal', 'true');
  box.setAttribute('aria-labelledby', 'kiosk-warning-heading');
  box.setAttribute('aria-describedby', 'kiosk-warning-text');
  const heading = element('h2', 'kiosk-warning__heading', t.warnHeading);
  heading.id = 'kiosk-warning-heading';
  const text = element('p', '', t.warnText(WARNING_SECONDS));
  text.id = 'kiosk-warning-text';
  const countdown = element('p', 'kiosk-warning__countdown');
  countdown.setAttribute('aria-hidden', 'true');
  const button = element('button', 'btn kiosk-warning__button', t.stillHere);
  button.type = 'button';
  button.addEventListener('click', onStillHere);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onStillHere();
    // The button is the only thing to reach: keep Tab on it.
    if (event.key === 'Tab') {
      event.preventDefault();
      button.focus();
    }
  });
  box.append(heading, text, countdown, button);
  overlay.append(box);
  document.body.append(overlay);

  let returnFocus: Element | null = null;
  const others = () => [...document.body.children].filter((el): el is HTMLElement => el !== overlay && el instanceof HTMLElement);
  return {
    show(seconds: number) {
      countdown.textContent = t.countdown(seconds);
      if (!overlay.hidden) return;
      returnFocus = document.activeElement;
      for (const el of others()) el.inert = true;
      overlay.hidden = false;
      button.focus();
    },
    hide() {
      if (overlay.hidden) return;
      overlay.hidden = true;
      for (const el of others()) el.inert = false;
      if (returnFocus instanceof HTMLElement) returnFocus.focus();
    },
  };
}

function runIdleTimer(): IdleTimer {
  let ticker: ReturnType<typeof setInterval> | undefined;
  const stopTicker = () => {
    if (ticker !== undefined) clearInterval(ticker);
    ticker = undefined;
  };
  const dialog = warningDialog(() => {
    stopTicker();
    timer.stillHere();
    dialog.hide();
  });
  const timer = createIdleTimer({
    idleMs: $kiosk.get().minutes * 60_000,
    warnMs: WARNING_SECONDS * 1000,
    onWarn() {
      const tick = () => dialog.show(Math.ceil(timer.remainingMs() / 1000));
      tick();
      stopTicker();
      ticker = setInterval(tick, 1000);
    },
    onExpire() {
      stopTicker();
      endTurn();
    },
  });
  const onInput = () => timer.activity();
  for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
  const recheck = () => {
    if (document.visibilityState === 'visible') timer.check();
  };
  document.addEventListener('visibilitychange', recheck);
  return timer;
}

export function start(): void {
  loadStyles();
  // "Back" can bring a page out of the browser's memory with an earlier visitor's answers or
  // score on it, even after their turn was wiped: always draw it again from storage.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) location.reload();
  });
  const home = kioskHome();
  const path = location.pathname;
  if (samePage(path, home)) {
    // The welcome screen has no visitor yet; the finish screen has one, who may walk away.
    let timer = $guest.get() ? runIdleTimer() : undefined;
    $guest.listen((guest) => {
      if (guest && !timer) timer = runIdleTimer();
      if (!guest) {
        timer?.stop();
        timer = undefined;
      }
    });
    return;
  }
  if (learnerPages().some((page) => samePage(path, page))) {
    document.querySelector('main')?.prepend(element('p', 'callout callout--warning', t.notHere));
    location.replace(home);
    return;
  }
  startGuest();
  showBar();
  runIdleTimer();
}
