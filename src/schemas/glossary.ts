/**
 * Schema of a glossary term (content/glossary/<id>.yaml).
 * The id is the anchor on the glossary page: /tu-dien/#<id>.
 */
import { z } from 'astro/zod';

export const glossarySchema = z.object({
  /** The term as written in lessons, with diacritics, e.g. "Mã OTP". */
  term: z.string().min(1).max(60),
  /** A short plain definition, one or two sentences. */
  definition: z.string().min(10).max(400),
  /** Other ways people write or say it, for search ("otp", "mã xác thực"). */
  aliases: z.array(z.string()).default([]),
});

export type GlossaryData = z.infer<typeof glossarySchema>;
