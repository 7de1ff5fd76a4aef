/**
 * "Cài vào màn hình chính": shows the install button where the browser offers it
 * (beforeinstallprompt, Chrome on Android and PCs). Elsewhere the written steps stay visible.
 */
interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const button = document.querySelector<HTMLButtonElement>('[data-install-button]');
const done = document.querySelector<HTMLElement>('[data-install-done]');

window.addEventListener('beforeinstallprompt', (event) => {
  event.preventDefault();
  if (!button) return;
  const prompt = event as InstallPromptEvent;
  button.hidden = false;
  button.onclick = async () => {
    await prompt.prompt();
    const { outcome } = await prompt.userChoice;
    if (outcome === 'accepted') button.hidden = true;
  };
});

window.addEventListener('appinstalled', () => {
  if (button) button.hidden = true;
  if (done) done.hidden = false;
});
