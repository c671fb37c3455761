import { describe, expect, test } from 'vitest';
import { figureBox } from '../../src/lib/figure-box';

describe('figureBox', () => {
  test('returns the width and height of a phone-sized viewBox', () => {
    expect(figureBox('A', '0 0 360 420')).toEqual({ width: 360, height: 420 });
    expect(figureBox('A', ' 0,0,300,200 ')).toEqual({ width: 300, height: 200 });
  });

  test('refuses a viewBox that is not four numbers, naming the figure and the fix', () => {
    expect(() => figureBox('Loss curves', '0 0 360')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Figure "Loss curves": viewBox "0 0 360" is not "min-x min-y width height". Give four numbers with a positive width and height, for example "0 0 360 420".]`,
    );
    expect(() => figureBox('A', '0 0 wide 420')).toThrow(/is not "min-x min-y width height"/);
    expect(() => figureBox('A', '0 0 360 0')).toThrow(/positive width and height/);
  });

  test('refuses a drawing too wide for 12 px labels on a 375 px phone', () => {
    expect(() => figureBox('The workflow', '0 0 660 290')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Figure "The workflow": viewBox "0 0 660 290" is 660 units wide. Draw it at most 360 units wide, with text of 13 units or more, so its labels render at 12 px or larger on a 375 px phone.]`,
    );
  });
});
