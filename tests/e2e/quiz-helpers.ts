/**
 * Answering quiz questions in e2e tests the way a learner does, with the right (or a wrong)
 * answer read from the bank files in content/, so the tests follow the content as writers
 * change it. Used by the quiz, offline and update specs.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';

export interface Choice {
  text: string;
  correct?: boolean;
}
export interface Question {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'order' | 'match' | 'spot';
  lesson: string;
  practice?: boolean;
  prompt: string;
  options?: Choice[];
  answer?: boolean;
  steps?: { text: string }[];
  pairs?: { left: string; right: string }[];
  regions?: { id: string; label: string; correct?: boolean }[];
}

const root = process.cwd();
export const plain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\s+/g, ' ').trim();
export const bankOf = (moduleId: string): Question[] =>
  parse(readFileSync(join(root, 'content/questions', `${moduleId}.yaml`), 'utf8')).questions;

/** The first module exam whose module has a bank: the exam id is the module id. */
export const examId = readdirSync(join(root, 'content/exams'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort()
  .find((id) => readdirSync(join(root, 'content/questions')).includes(`${id}.yaml`)) as string;
export const bank = bankOf(examId);
export const byId = new Map(bank.map((q) => [q.id, q]));
export const examSize = Math.min(15, bank.filter((q) => !q.practice).length);
export const ATTEMPTS_KEY = 'hocso:bai-lam';

export async function answer(scope: Locator, q: Question, mode: 'right' | 'wrong'): Promise<void> {
  const rightOption = (o: Choice) => o.correct === true;
  switch (q.type) {
    case 'single': {
      const pick = (q.options ?? []).find((o) => rightOption(o) === (mode === 'right'));
      await scope.getByRole('radio', { name: plain(pick!.text), exact: true }).check();
      return;
    }
    case 'multiple': {
      const options = q.options ?? [];
      const picks = mode === 'right' ? options.filter(rightOption) : [options.find((o) => !rightOption(o)) ?? options[0]!];
      for (const o of picks) await scope.getByRole('checkbox', { name: plain(o.text), exact: true }).check();
      return;
    }
    case 'truefalse': {
      const value = mode === 'right' ? q.answer : !q.answer;
      await scope.getByRole('radio', { name: value ? 'Đúng' : 'Sai', exact: true }).check();
      return;
    }
    case 'order': {
      if (mode === 'wrong') return;
      const steps = (q.steps ?? []).map((s) => plain(s.text));
      for (let i = 0; i < steps.length; i++) {
        const shown = (await scope.locator('.q-order__text').allTextContents()).map((t) => plain(t));
        for (let at = shown.indexOf(steps[i]!); at > i; at--) {
          await scope.getByRole('button', { name: `Lên: ${steps[i]}`, exact: true }).click();
        }
      }
      return;
    }
    case 'match': {
      if (mode === 'wrong') return;
      for (const pair of q.pairs ?? []) {
        await scope.getByLabel(plain(pair.left), { exact: true }).selectOption({ label: plain(pair.right) });
      }
      return;
    }
    case 'spot': {
      if (mode === 'wrong') return;
      for (const r of (q.regions ?? []).filter((r) => r.correct)) {
        await scope.getByRole('checkbox', { name: plain(r.label), exact: true }).check();
      }
    }
  }
}

export async function startExam(page: Page): Promise<void> {
  await page.goto(`/kiem-tra/${examId}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Bắt đầu làm bài' }).click();
  await expect(page.getByRole('heading', { name: `Câu 1/${examSize}` })).toBeFocused();
}

/** Question n once it is on screen, and its bank entry. */
export async function current(page: Page, n: number): Promise<{ scope: Locator; q: Question }> {
  await expect(page.getByRole('heading', { name: `Câu ${n}/${examSize}` })).toBeVisible();
  const scope = page.locator('section.exam-question');
  const id = await scope.getAttribute('data-question-id');
  return { scope, q: byId.get(id ?? '')! };
}

