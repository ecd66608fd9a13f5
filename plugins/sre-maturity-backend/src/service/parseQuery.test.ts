import { testModel } from '../__testUtils__/fixtures';
import {
  encodeHistoryCursor,
  parseDayRange,
  parseHistoryCursor,
  parseScorecardFilter,
  parseScorecardOrder,
} from './parseQuery';

describe('parseScorecardFilter', () => {
  it('turns single values into lists and short refs into full ones', () => {
    expect(
      parseScorecardFilter({
        owner: 'team-a',
        system: ['pay', 'system:other/shop'],
        tag: 'java',
        stale: 'true',
        belowTarget: false,
        q: '  pay  ',
      }),
    ).toEqual({
      owner: ['group:default/team-a'],
      system: ['system:default/pay', 'system:other/shop'],
      kind: undefined,
      type: undefined,
      lifecycle: undefined,
      tag: ['java'],
      phase: undefined,
      stale: true,
      belowTarget: false,
      q: 'pay',
    });
  });

  it('names a bad owner', () => {
    expect(() => parseScorecardFilter({ owner: 'x:' })).toThrow(
      'Invalid owner "x:": not an entity ref',
    );
  });
});

describe('parseScorecardOrder', () => {
  it('accepts columns and area ids', () => {
    expect(parseScorecardOrder({}, testModel)).toEqual({
      column: 'name',
      direction: 'asc',
    });
    expect(
      parseScorecardOrder({ orderBy: 'score', order: 'desc' }, testModel),
    ).toEqual({ column: 'score', direction: 'desc' });
    expect(parseScorecardOrder({ orderBy: 'beta' }, testModel)).toEqual({
      areaId: 'beta',
      direction: 'asc',
    });
  });

  it('names the parameter and the choices otherwise', () => {
    expect(() => parseScorecardOrder({ orderBy: 'gamma' }, testModel)).toThrow(
      /Invalid orderBy "gamma": expected one of entityRef, .*, alpha, beta/,
    );
  });
});

describe('parseDayRange', () => {
  const now = new Date('2025-06-30T12:00:00Z');

  it('defaults to the last 90 days', () => {
    expect(parseDayRange({}, now)).toEqual({
      from: '2025-04-02',
      to: '2025-06-30',
    });
  });

  it('accepts up to 366 days', () => {
    expect(
      parseDayRange({ from: '2024-01-01', to: '2024-12-31' }, now),
    ).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(() =>
      parseDayRange({ from: '2024-01-01', to: '2025-01-01' }, now),
    ).toThrow('at most 366 days');
  });

  it('names bad days', () => {
    expect(() => parseDayRange({ to: '2025-02-29' }, now)).toThrow(
      'Invalid to "2025-02-29"',
    );
    expect(() => parseDayRange({ from: '2025-07-01' }, now)).toThrow(
      'Invalid from "2025-07-01": after to "2025-06-30"',
    );
  });
});

describe('history cursor', () => {
  it('round-trips the id', () => {
    expect(parseHistoryCursor(encodeHistoryCursor('42'))).toBe(42);
    expect(parseHistoryCursor(undefined)).toBeUndefined();
  });

  it('refuses anything else', () => {
    expect(() => parseHistoryCursor('nope')).toThrow('Invalid cursor');
    expect(() => parseHistoryCursor(encodeHistoryCursor('-1'))).toThrow(
      'Invalid cursor',
    );
  });
});
