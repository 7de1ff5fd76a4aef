/**
 * Every simulator in content/simulators/ is valid, can be finished (each step's hotspot and
 * inputs are on its screen), is placed in the lesson it names and only there, and stays honest
 * (labelled as an imitation, invented data).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { simulatorSchema } from '../../../src/schemas/simulator';
import { problemsOf } from '../../../src/simulator/engine';

const content = join(import.meta.dirname, '../../../content');
const files = readdirSync(join(content, 'simulators')).filter((f) => f.endsWith('.yaml'));
const simulators = files.map((f) => ({ id: f.replace(/\.yaml$/, ''), raw: parseYaml(readFileSync(join(content, 'simulators', f), 'utf8')) as unknown }));

describe('content/simulators', () => {
  it('holds at least one simulator', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  describe.each(simulators)('$id', ({ id, raw }) => {
    it('matches the schema', () => {
      const parsed = simulatorSchema.safeParse(raw);
      expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
    });

    it('can be finished: every step’s hotspot and inputs exist on its screen', () => {
      expect(problemsOf(simulatorSchema.parse(raw))).toEqual([]);
    });

    it('is placed once in the lesson it names, before "Ghi nhớ"', () => {
      const sim = simulatorSchema.parse(raw);
      const file = join(content, 'lessons', `${sim.lesson}.mdx`);
      expect(existsSync(file), file).toBe(true);
      const body = readFileSync(file, 'utf8');
      const tag = `<Simulator id="${id}" />`;
      expect(body.split(tag).length - 1).toBe(1);
      expect(body.indexOf(tag)).toBeLessThan(body.indexOf('## Ghi nhớ'));
    });

    it('gives wrong-tap messages and hints that are plain short sentences', () => {
      const sim = simulatorSchema.parse(raw);
      for (const step of sim.steps) expect(step.hint.length, step.hint).toBeLessThanOrEqual(160);
    });
  });

  it('places no simulator that has no file', () => {
    const ids = new Set(simulators.map((s) => s.id));
    const lessonsDir = join(content, 'lessons');
    for (const module of readdirSync(lessonsDir)) {
      for (const f of readdirSync(join(lessonsDir, module))) {
        for (const m of readFileSync(join(lessonsDir, module, f), 'utf8').matchAll(/<Simulator id="([^"]+)"/g)) {
          expect(ids.has(m[1]!), `${module}/${f}: ${m[1]}`).toBe(true);
        }
      }
    }
  });
});
