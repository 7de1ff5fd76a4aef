/**
 * Simulators as a learner uses them, in a real browser on the built site: every simulator
 * finished by the right path, and once with a wrong tap that brings its hint; keyboard and
 * screen-reader basics (focus on the new screen's heading, feedback in a polite live region);
 * axe on the open simulator; the code loaded only on demand; offline use. The expected
 * actions are read from content/simulators/, so the tests follow the content.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { simulatorSchema, type SimulatorData } from '../../src/schemas/simulator';
import { expectNoAxeViolations } from './helpers';

const dir = join(process.cwd(), 'content/simulators');
const simulators = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), sim: simulatorSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8'))) }));

/** Opens the lesson and presses "Bắt đầu mô phỏng"; returns the simulator's section and phone. */
async function open(page: Page, sim: SimulatorData): Promise<{ section: Locator; phone: Locator }> {
  await page.goto(`/${sim.lesson}/`);
  const section = page.getByRole('region', { name: `Mô phỏng ${sim.title}` });
  await section.getByRole('button', { name: 'Bắt đầu mô phỏng' }).click();
  const phone = section.getByRole('group', { name: `Màn hình điện thoại mô phỏng: ${sim.app}` });
  await expect(phone.getByRole('heading', { name: sim.screens.find((s) => s.id === sim.steps[0]!.screen)!.title, exact: true })).toBeFocused();
  return { section, phone };
}

const screenOf = (sim: SimulatorData, id: string) => sim.screens.find((s) => s.id === id)!;

/** Does step i the right way: types what it asks for, then taps its hotspot. */
async function doStep(phone: Locator, sim: SimulatorData, i: number): Promise<void> {
  const step = sim.steps[i]!;
  const screen = screenOf(sim, step.screen);
  await expect(phone.getByRole('heading', { name: screen.title, exact: true })).toBeVisible();
  for (const f of step.fill) await phone.getByLabel(screen.inputs.find((x) => x.id === f.input)!.label, { exact: true }).fill(f.value);
  await phone.getByRole('button', { name: screen.hotspots.find((h) => h.id === step.tap)!.label, exact: true }).click();
  const next = sim.steps[i + 1];
  if (next && next.screen !== step.screen) await expect(phone.getByRole('heading', { name: screenOf(sim, next.screen).title, exact: true })).toBeFocused();
}

for (const { id, sim } of simulators) {
  test.describe(`${id}`, () => {
    test('is finished by the right path with every step unaided, and the result is saved', async ({ page }) => {
      // No slow check (axe) before the end: a 20 s pause would bring the hint by itself.
      const { section, phone } = await open(page, sim);
      for (let i = 0; i < sim.steps.length; i++) await doStep(phone, sim, i);
      const total = sim.steps.length;
      await expect(section.getByRole('heading', { name: 'Hoàn thành mô phỏng' })).toBeFocused();
      await expect(section.getByText(`Bạn tự làm được ${total}/${total} bước mà không cần gợi ý.`)).toBeVisible();
      await expect(section.getByText(sim.finish)).toBeVisible();
      await expectNoAxeViolations(page, `${id}, finished`);
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('hocso:mo-phong') ?? 'null'));
      const mine = Object.values(stored.data as Record<string, Record<string, { bestUnaided: number }>>)[0]!;
      expect(mine[id]).toMatchObject({ bestUnaided: total, total, runs: 1 });
    });

    test('a wrong tap brings the hint in the live region, and that step is not counted as unaided', async ({ page }) => {
      const { section, phone } = await open(page, sim);
      const at = sim.steps.findIndex((s) => screenOf(sim, s.screen).hotspots.length > 1);
      for (let i = 0; i < at; i++) await doStep(phone, sim, i);
      const step = sim.steps[at]!;
      const wrong = screenOf(sim, step.screen).hotspots.find((h) => h.id !== step.tap)!;
      await phone.getByRole('button', { name: wrong.label, exact: true }).click();
      const live = section.getByRole('status');
      await expect(live).toHaveAttribute('aria-live', 'polite');
      await expect(live).toContainText(step.hint);
      if (wrong.wrong) await expect(live).toContainText(wrong.wrong);
      await expectNoAxeViolations(page, `${id}, hint shown`);
      for (let i = at; i < sim.steps.length; i++) await doStep(phone, sim, i);
      const total = sim.steps.length;
      await expect(section.getByText(`Bạn tự làm được ${total - 1}/${total} bước mà không cần gợi ý.`)).toBeVisible();
    });
  });
}

test('"Chỉ cho tôi" marks the expected button, and the simulator works by keyboard alone', async ({ page }) => {
  const { id, sim } = simulators[0]!;
  const { section, phone } = await open(page, sim);
  await section.getByRole('button', { name: 'Chỉ cho tôi' }).click();
  const step = sim.steps[0]!;
  const target = screenOf(sim, step.screen).hotspots.find((h) => h.id === step.tap)!;
  await expect(phone.getByRole('button', { name: `${target.label} ← Chạm vào đây` })).toBeVisible();
  await expect(section.getByRole('status')).toContainText(step.hint);
  await expectNoAxeViolations(page, `${id}, showing the step`);
  await section.getByRole('button', { name: 'Chỉ cho tôi' }).click();
  await section.getByRole('button', { name: 'Làm lại từ đầu' }).click();
  // By keyboard: Tab from the focused heading to each input and to the right button.
  const screen = screenOf(sim, step.screen);
  await phone.getByRole('heading', { name: screen.title, exact: true }).focus();
  const order = [...screen.inputs.map((x) => ({ kind: 'input' as const, id: x.id })), ...screen.hotspots.map((h) => ({ kind: 'button' as const, id: h.id }))];
  for (const item of order) {
    await page.keyboard.press('Tab');
    if (item.kind === 'input') {
      const fill = step.fill.find((f) => f.input === item.id);
      if (fill) await page.keyboard.type(fill.value);
    } else if (item.id === step.tap) {
      await page.keyboard.press('Enter');
      break;
    }
  }
  await expect(section.getByText(/Bước 2\//)).toBeVisible();
});

test('after a pause the hint shows by itself, and that step is not counted as unaided', async ({ page }) => {
  const { sim } = simulators[0]!;
  await page.clock.install();
  const { section, phone } = await open(page, sim);
  const live = section.getByRole('status');
  await expect(live).toHaveText('');
  await page.clock.fastForward((sim.pauseHintSeconds + 1) * 1000);
  await expect(live).toContainText('Bạn đang tìm? Đây là gợi ý.');
  await expect(live).toContainText(sim.steps[0]!.hint);
  for (let i = 0; i < sim.steps.length; i++) await doStep(phone, sim, i);
  const total = sim.steps.length;
  await expect(section.getByText(`Bạn tự làm được ${total - 1}/${total} bước mà không cần gợi ý.`)).toBeVisible();
});

test('the simulator’s code loads only when the learner opens it, and adds little to the page', async ({ page }) => {
  const { sim } = simulators[0]!;
  const isSimulatorChunk = (url: string) => /\/Simulator\.[\w-]+\.js$/.test(url);
  const requested: string[] = [];
  const sizes = new Map<string, number>();
  page.on('request', (request) => {
    if (request.url().endsWith('.js')) requested.push(request.url());
  });
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    sizes.set(response.url(), gzipSync(body, { level: 9 }).length);
  });
  const gzipOf = async (urls: string[]) => {
    await expect.poll(() => urls.every((u) => sizes.has(u))).toBe(true);
    return urls.reduce((sum, u) => sum + (sizes.get(u) ?? 0), 0);
  };

  await page.goto(`/${sim.lesson}/`);
  await page.waitForLoadState('networkidle');
  const before = [...requested];
  expect(before.filter(isSimulatorChunk)).toEqual([]);
  const loaderBytes = await gzipOf(before.filter((u) => /\/Simulator\.astro/.test(u)));
  expect(loaderBytes).toBeGreaterThan(0);
  expect(loaderBytes).toBeLessThanOrEqual(256);
  const staticKb = ((await gzipOf(before)) / 1024).toFixed(1);
  test.info().annotations.push({ type: 'static JS (gzip, scripts fetched)', description: `${staticKb} KB` });
  console.log(`static JS fetched (gzip): ${staticKb} KB, of which the simulator's loader ${loaderBytes} B`);

  const chunk = page.waitForResponse((r) => isSimulatorChunk(r.url()));
  await page.getByRole('button', { name: 'Bắt đầu mô phỏng' }).first().click();
  await chunk;
  await expect(page.getByRole('group', { name: /Màn hình điện thoại mô phỏng/ })).toBeVisible();
  const onDemandKb = ((await gzipOf(requested.slice(before.length))) / 1024).toFixed(1);
  test.info().annotations.push({ type: 'on-demand JS (gzip)', description: `${onDemandKb} KB` });
  console.log(`on-demand JS when the simulator opens (gzip): ${onDemandKb} KB`);
});

test('offline, a simulator opens and runs from the service worker’s cache', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Học khi không có mạng' })).toContainText(/Sẵn sàng học offline/, { timeout: 30_000 });
  await context.setOffline(true);
  const { sim } = simulators[0]!;
  const { phone } = await open(page, sim);
  await doStep(phone, sim, 0);
});
