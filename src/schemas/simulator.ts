/**
 * Schema of a simulator (content/simulators/<id>.yaml): a safe imitation of an app's screens
 * that the learner goes through tap by tap. The file name is the id, a stable key of stored
 * results. Screens say what is shown; steps say what the learner must do, in order. The
 * refinement checks that every step can be done (its screen, hotspot and inputs exist), so a
 * simulator that cannot be finished fails the build.
 */
import { z } from 'astro/zod';
import { problemsOf } from '../simulator/engine';

const id = z.string().regex(/^[a-z0-9-]+$/);

const blockSchema = z.object({
  /** What the block says; plain text, invented data only. */
  text: z.string().min(1),
  /** How it looks: a plain line, a card, a chat or SMS bubble, a warning, a big figure, a fake QR code. */
  style: z.enum(['plain', 'card', 'message', 'warning', 'muted', 'big', 'qr']).default('plain'),
  /** Sender shown above a message bubble ("Số lạ 0xx…", "Zalo: Shop Hoa"). */
  from: z.string().optional(),
});

const inputSchema = z.object({
  /** Key used by steps' `fill`. */
  id,
  /** Visible label (also its accessible name). */
  label: z.string().min(1),
  /** Keyboard and masking: digits for a passcode or OTP, long text for a description. */
  type: z.enum(['text', 'digits', 'passcode', 'textarea']).default('text'),
});

const hotspotSchema = z.object({
  /** Key used by steps' `tap`. */
  id,
  /** Text on the button, which is also what a screen reader says. */
  label: z.string().min(1),
  /** Look: main button, plain button, list row, link, or a risky action. */
  kind: z.enum(['primary', 'secondary', 'item', 'link', 'danger']).default('secondary'),
  /** Said when this is tapped instead of the expected one; the step's hint follows. */
  wrong: z.string().optional(),
});

const screenSchema = z.object({
  id,
  /** Heading of the screen; focus moves to it when the screen appears. */
  title: z.string().min(1),
  /** Lines and cards shown above the inputs and buttons. */
  body: z.array(blockSchema).default([]),
  inputs: z.array(inputSchema).default([]),
  hotspots: z.array(hotspotSchema).min(1),
});

const fillSchema = z.object({
  /** Input on the step's screen. */
  input: id,
  /** What to type (tests type it too). */
  value: z.string().min(1),
  /** False: any non-empty text is accepted (a description); true: it must match, ignoring case and spaces. */
  exact: z.boolean().default(true),
});

const stepSchema = z.object({
  /** Screen on which this step happens. */
  screen: id,
  /** What the learner is asked to do, shown above the phone ("Mở thẻ căn cước"). */
  goal: z.string().min(1),
  /** The hotspot that completes the step. */
  tap: id,
  /** Inputs that must be filled before the tap counts. */
  fill: z.array(fillSchema).default([]),
  /** Shown after a wrong tap, a long pause, "Gợi ý" or "Chỉ cho tôi": exactly what to do. */
  hint: z.string().min(1),
  /** Shown after the right tap: why it was right (the reason a message is a scam, say). */
  explain: z.string().optional(),
});

export const simulatorSchema = z
  .object({
    /** Title of the simulator, shown in the lesson ("Mô phỏng: …"). */
    title: z.string().min(5),
    /** Lesson id ("<module>/<slug>") whose page holds it; a content test checks it is placed there. */
    lesson: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
    /** One or two sentences shown before starting: the task and that it is an imitation. */
    intro: z.string().min(1),
    /** Name in the app bar: generic, never a real brand's logo or full name. */
    app: z.string().min(1),
    /** Seconds without action before the hint shows by itself. */
    pauseHintSeconds: z.number().int().min(5).max(120).default(20),
    screens: z.array(screenSchema).min(1),
    steps: z.array(stepSchema).min(1),
    /** Shown when the last step is done. */
    finish: z.string().min(1),
  })
  .superRefine((sim, ctx) => {
    for (const message of problemsOf(sim)) ctx.addIssue({ code: 'custom', message });
  });

export type SimulatorData = z.infer<typeof simulatorSchema>;
export type SimulatorScreen = SimulatorData['screens'][number];
export type SimulatorStep = SimulatorData['steps'][number];
