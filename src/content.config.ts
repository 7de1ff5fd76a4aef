/**
 * Content collections: everything authored lives in content/ and is validated here by the
 * schemas in src/schemas/. A content error fails the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './schemas/module';
import { lessonSchema } from './schemas/lesson';
import { glossarySchema } from './schemas/glossary';
import { questionBankSchema } from './schemas/question';
import { examSchema } from './schemas/exam';
import { simulatorSchema } from './schemas/simulator';
import { guideSchema } from './schemas/guide';

const yaml = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

export const collections = {
  modules: defineCollection({ loader: yaml('modules'), schema: moduleSchema }),
  lessons: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './content/lessons' }),
    schema: lessonSchema,
  }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: glossarySchema }),
  questions: defineCollection({ loader: yaml('questions'), schema: questionBankSchema }),
  exams: defineCollection({ loader: yaml('exams'), schema: examSchema }),
  simulators: defineCollection({ loader: yaml('simulators'), schema: simulatorSchema }),
  guides: defineCollection({ loader: yaml('guides'), schema: guideSchema }),
};
