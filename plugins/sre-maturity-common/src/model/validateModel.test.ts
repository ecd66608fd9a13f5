import { InputError } from '@backstage/errors';
import { makeModel } from '../testing/makeModel';
import { defaultModel } from './defaultModel';
import { MaturityModel } from './types';
import { validateModel } from './validateModel';

function problemsOf(model: MaturityModel): string[] {
  try {
    validateModel(model);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message.split('\n');
  }
  return [];
}

describe('validateModel', () => {
  it('accepts a valid model', () => {
    expect(problemsOf(makeModel({ a: [1, 1, 1], b: [2, 1, 3] }))).toEqual([]);
  });

  it('accepts the default model, appliesTo included', () => {
    expect(problemsOf(defaultModel)).toEqual([]);
  });

  it('rejects appliesTo lists that match no entity', () => {
    const model = makeModel({ a: [1, 1, 1] });
    model.appliesTo = [];
    model.areas[0].phases[0].criteria[0].appliesTo = [{ lifecycles: [] }];
    expect(problemsOf(model)).toEqual([
      'model.areas[0].phases[0].criteria[0].appliesTo[0].lifecycles: must list at least one value',
      'model.appliesTo: must list at least one selector (an empty list applies to no entity; leave it out to apply to every entity)',
    ]);
  });

  it('rejects a model without areas', () => {
    expect(problemsOf({ areas: [] })).toEqual([
      'model.areas: the model has no areas',
    ]);
  });

  it('rejects duplicate and malformed area ids', () => {
    const model = makeModel({ a: [1, 1, 1] });
    model.areas.push({ ...model.areas[0] }, { ...model.areas[0], id: 'B_x' });
    expect(problemsOf(model)).toEqual(
      expect.arrayContaining([
        'model.areas[1].id: duplicate area id "a"',
        'model.areas[2].id: "B_x" is not a valid area id (lowercase words joined by "-")',
      ]),
    );
  });

  it('rejects phases missing or out of order', () => {
    const model = makeModel({ a: [1, 1, 1] });
    model.areas[0].phases.reverse();
    expect(problemsOf(model)).toContain(
      'model.areas[0].phases: must be crawl, walk, run, in this order',
    );
  });

  it('rejects an empty phase', () => {
    expect(problemsOf(makeModel({ a: [1, 0, 1] }))).toEqual([
      'model.areas[0].phases[1].criteria: phase "walk" of area "a" has no criteria',
    ]);
  });

  it('rejects criterion ids that do not match their area and phase, and duplicates', () => {
    const model = makeModel({ a: [2, 1, 1], b: [1, 1, 1] });
    model.areas[0].phases[0].criteria[1].id = 'a.crawl.c0';
    model.areas[1].phases[2].criteria[0].id = 'b.walk.x';
    expect(problemsOf(model)).toEqual([
      'model.areas[0].phases[0].criteria[1].id: duplicate criterion id "a.crawl.c0"',
      'model.areas[1].phases[2].criteria[0].id: "b.walk.x" does not match its area and phase (expected "b.run.<slug>")',
    ]);
  });

  it('rejects empty titles and unknown sources', () => {
    const model = makeModel({ a: [1, 1, 1] });
    model.areas[0].title = ' ';
    const criterion = model.areas[0].phases[0].criteria[0];
    criterion.title = '';
    (criterion as { source: string }).source = 'mine';
    expect(problemsOf(model)).toEqual([
      'model.areas[0].title: must not be empty',
      'model.areas[0].phases[0].criteria[0].title: must not be empty',
      'model.areas[0].phases[0].criteria[0].source: "mine" is not one of seed, extended, custom',
    ]);
  });

  it('rejects bad annotation keys, naming the key path', () => {
    const model = makeModel({ a: [1, 1, 1] });
    model.areas[0].phases[2].criteria[0].evidence = {
      annotations: ['sre-maturity.io/slo', 'not a key!'],
    };
    expect(() => validateModel(model, { path: 'custom' })).toThrow(
      'custom.areas[0].phases[2].criteria[0].evidence.annotations[1]: "not a key!" is not a valid annotation key',
    );
  });
});
