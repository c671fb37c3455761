// Reads a course figure's viewBox and holds it to the phone rule: a drawing at most
// MAX_FIGURE_WIDTH units wide, with text of 13 units or more, renders every label at 12 px
// or larger in the 343 px column of a 375 px phone. tests/e2e/figures.spec.ts measures the
// result in a browser; this check fails the build first, with the fix in the message.

/** The widest drawing, in viewBox units, whose 13-unit text stays at 12 px on a 375 px phone. */
export const MAX_FIGURE_WIDTH = 360;

export interface FigureBox {
  width: number;
  height: number;
}

/** The width and height of `viewBox`, or an error that names the figure and the fix. */
export function figureBox(title: string, viewBox: string): FigureBox {
  const numbers = viewBox
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [, , width = NaN, height = NaN] = numbers;
  if (numbers.length !== 4 || numbers.some(Number.isNaN) || !(width > 0 && height > 0)) {
    throw new Error(
      `Figure "${title}": viewBox "${viewBox}" is not "min-x min-y width height". ` +
        'Give four numbers with a positive width and height, for example "0 0 360 420".',
    );
  }
  if (width > MAX_FIGURE_WIDTH) {
    throw new Error(
      `Figure "${title}": viewBox "${viewBox}" is ${width} units wide. Draw it at most ` +
        `${MAX_FIGURE_WIDTH} units wide, with text of 13 units or more, so its labels render ` +
        'at 12 px or larger on a 375 px phone.',
    );
  }
  return { width, height };
}
