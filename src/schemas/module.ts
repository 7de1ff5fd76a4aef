/**
 * Schema of a learning module (content/modules/<id>.yaml).
 * The entry id is the file name and doubles as the URL slug: /<id>/.
 */
import { z } from 'astro/zod';

/** Icons drawn by src/components/ModuleIcon.astro; adding one means drawing it there. */
export const MODULE_ICONS = ['phone', 'shield', 'alert', 'id-card', 'cart', 'health'] as const;

export const moduleSchema = z.object({
  /** Full title shown on the module page, e.g. "Làm quen với điện thoại thông minh". */
  title: z.string().min(5),
  /** One or two plain sentences: what the learner can do after the module. */
  description: z.string().min(20).max(300),
  /** Position on the home page, 1 first. */
  order: z.number().int().positive(),
  /** Which drawn icon represents the module. */
  icon: z.enum(MODULE_ICONS),
});

export type ModuleData = z.infer<typeof moduleSchema>;
