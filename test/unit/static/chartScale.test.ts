import { axisTicks, bands, daysBetween, linearScale, monthAfter, niceMax } from '../../../static/shared/charts/scale';

describe('the review charts’ scales', () => {
  it.each([
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
    [0.3, 0.5],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [48, 50],
    [51, 100],
    [230, 500],
  ])('rounds a highest value of %p up to the axis top %p', (max, top) => {
    expect(niceMax(max)).toBeCloseTo(top);
  });

  it('puts whole-number ticks on a count axis', () => {
    expect(axisTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('maps values onto pixels, never below zero', () => {
    const y = linearScale(50, 200);
    expect(y(25)).toBe(100);
    expect(y(-4)).toBe(0);
    expect(linearScale(0, 100)(0)).toBe(0);
  });

  it('spaces bands evenly with padding between them', () => {
    const { start, band } = bands(4, 400, 0.25);
    expect(band).toBe(75);
    expect(start(0)).toBe(12.5);
    expect(start(3)).toBe(312.5);
  });

  it('counts days across months and years', () => {
    expect(daysBetween('2026-01-30', '2026-03-01')).toBe(30);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(monthAfter('2026-12')).toBe('2027-01-01');
    expect(monthAfter('2026-04')).toBe('2026-05-01');
  });
});
