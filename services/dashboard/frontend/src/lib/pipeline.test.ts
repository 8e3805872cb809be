import { describe, expect, it } from 'vitest';
import { compact, Figure, formatUnit, formatValue, NOTHING } from './pipeline';

const figure = (change: Partial<Figure>): Figure => ({ name: 'accepted', service: 'ingest', answered: true, value: 0, unit: 'samples/s', ...change });

describe('pipeline strip', () => {
  it('shows a rate with at most three significant digits and its unit', () => {
    expect(compact(0)).toBe('0');
    expect(compact(8.44)).toBe('8.4');
    expect(compact(950.4)).toBe('950');
    expect(compact(1250)).toBe('1.25 k');
    expect(compact(99_940)).toBe('99.9 k');
    expect(compact(1_204_000)).toBe('1.20 M');
    expect(formatValue(figure({ value: 1250 }))).toBe('1.25 k');
    expect(formatUnit(figure({}))).toBe('/s');
  });

  it('shows counts whole, with separators', () => {
    expect(formatValue(figure({ name: 'lag', unit: 'records', value: 12345.4 }))).toBe('12,345');
    expect(formatValue(figure({ name: 'openAlerts', unit: 'alerts', value: 3 }))).toBe('3');
  });

  it('shows a dash for a service that did not answer, or a rate not known yet', () => {
    expect(formatValue(figure({ answered: false, value: null }))).toBe('—');
    expect(formatValue(figure({ value: null }))).toBe('—');
    expect(NOTHING.figures.map(formatValue)).toEqual(['—', '—', '—', '—', '—']);
  });
});
