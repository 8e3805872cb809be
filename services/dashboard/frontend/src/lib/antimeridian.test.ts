import { describe, expect, it } from 'vitest';
import { splitAtAntimeridian } from './antimeridian';

const pt = (longitude: number, latitude: number) => ({ longitude, latitude });

describe('antimeridian split', () => {
  it('keeps a track that does not cross in one segment', () => {
    expect(splitAtAntimeridian([pt(10, 0), pt(20, 5), pt(30, 10)])).toEqual([[[10, 0], [20, 5], [30, 10]]]);
  });

  it('cuts an eastward crossing at +180 and resumes at -180 at the interpolated latitude', () => {
    const segments = splitAtAntimeridian([pt(170, 0), pt(178, 10), pt(-178, 20), pt(-170, 30)]);
    expect(segments).toHaveLength(2);
    expect(segments[0]).toEqual([[170, 0], [178, 10], [180, 15]]);
    expect(segments[1]).toEqual([[-180, 15], [-178, 20], [-170, 30]]);
  });

  it('cuts a westward crossing at -180', () => {
    const segments = splitAtAntimeridian([pt(-179, -10), pt(179, -20)]);
    expect(segments).toEqual([[[-179, -10], [-180, -15]], [[180, -15], [179, -20]]]);
  });

  it('no segment spans more than 180 degrees of longitude between neighbours', () => {
    const track = Array.from({ length: 300 }, (_, i) => pt(((i * 7 + 180) % 360) - 180, 50 * Math.sin(i / 10)));
    for (const segment of splitAtAntimeridian(track)) {
      for (let i = 1; i < segment.length; i++) {
        expect(Math.abs(segment[i][0] - segment[i - 1][0])).toBeLessThanOrEqual(180);
      }
    }
  });

  it('handles nothing and one point', () => {
    expect(splitAtAntimeridian([])).toEqual([]);
    expect(splitAtAntimeridian([pt(1, 2)])).toEqual([[[1, 2]]]);
  });
});
