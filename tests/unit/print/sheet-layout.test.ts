import { describe, expect, it } from "vitest";
import { A4_BODY_HEIGHT_MM, A4_BODY_WIDTH_MM, lineHeightMm, linesFor, paginate, rowHeightMm, type LayoutBlock } from "@/lib/domain/print/sheet-layout";

const PT = 10;
/** Width in mm of characters of the given em widths, summed in order as the layout sums them. */
const width = (...ems: number[]) => ems.reduce((sum, e) => sum + e, 0) * 1.06 * PT * 0.3528;
const times = (n: number, em: number) => Array.from({ length: n }, () => em);
const LOWER = 0.46;
const SPACE = 0.25;

/** The text is exactly `mm` wide: one line in a column a hair wider, two in one a hair narrower. */
function expectWidth(text: string, mm: number) {
  expect(linesFor(text, mm * 1.0001, PT), `${text} fits in ${mm} mm`).toBe(1);
  expect(linesFor(text, mm * 0.9999, PT), `${text} overflows ${mm} mm`).toBe(2);
}

describe("the sheet", () => {
  it("is the A4 body inside the party layout's margins", () => {
    expect(A4_BODY_HEIGHT_MM).toBe(252);
    expect(A4_BODY_WIDTH_MM).toBe(165);
  });
});

describe("lineHeightMm", () => {
  it("is 1.35 times the type size, in mm", () => {
    expect(lineHeightMm(13)).toBeCloseTo(6.19164, 5);
    expect(lineHeightMm(10)).toBeCloseTo(4.7628, 5);
    expect(lineHeightMm(14)).toBeCloseTo(6.66792, 5);
  });
});

describe("the width of text", () => {
  it("counts a lower-case letter as 0.46 em, m and w as 0.75 em", () => {
    expectWidth("a", width(LOWER));
    expectWidth("nguyen", width(...times(6, LOWER)));
    expectWidth("m", width(0.75));
    expectWidth("w", width(0.75));
    expectWidth("mwm", width(0.75, 0.75, 0.75));
  });
  it("counts a capital as 0.7 em, M and W included", () => {
    expectWidth("A", width(0.7));
    expectWidth("ĐẢNG", width(...times(4, 0.7)));
    expectWidth("MW", width(0.7, 0.7));
  });
  it("counts a digit as 0.5 em", () => {
    expectWidth("0123456789", width(...times(10, 0.5)));
    expectWidth("0", width(0.5));
    expectWidth("9", width(0.5));
  });
  it("counts each punctuation mark as 0.33 em", () => {
    for (const mark of [".", ",", ":", ";", "'", "’", "(", ")", "/", "-", "–"]) expectWidth(mark, width(0.33));
  });
  it("counts a space between words as 0.25 em", () => {
    expectWidth("a a", width(LOWER) + width(SPACE) + width(LOWER));
  });
  it("counts a letter typed with combining marks as one letter", () => {
    const decomposed = "nguye\u0302\u0303n";
    expect(decomposed).not.toBe(decomposed.normalize("NFC"));
    expectWidth(decomposed, width(...times(6, LOWER)));
  });
  it("mixes the classes in one word", () => {
    expectWidth("12/NQ-ĐU", width(0.5, 0.5, 0.33, 0.7, 0.7, 0.33, 0.7, 0.7));
  });
  it("grows with the type size", () => {
    const w = width(...times(4, LOWER));
    expect(linesFor("aaaa", w * 1.0001, PT)).toBe(1);
    expect(linesFor("aaaa", w * 1.0001, PT * 2)).toBe(2);
  });
});

describe("linesFor", () => {
  const word = width(...times(4, LOWER));
  const pair = word + width(SPACE) + word;
  it("takes one line for empty text or a short one", () => {
    expect(linesFor("", 50, PT)).toBe(1);
    expect(linesFor("   ", 50, PT)).toBe(1);
    expect(linesFor("Nguyễn Văn An", 165, 13)).toBe(1);
  });
  it("counts each paragraph of explicit line breaks, empty ones included", () => {
    expect(linesFor("a\nb\nc", 50, PT)).toBe(3);
    expect(linesFor("a\n\nb", 50, PT)).toBe(3);
    expect(linesFor("aaaa bbbb cccc\ndddd", pair * 1.0001, PT)).toBe(3);
  });
  it("fits text exactly as wide as the column on one line", () => {
    expect(linesFor("aaaa", word, PT)).toBe(1);
    expect(linesFor("aaaa bbbb", pair, PT)).toBe(1);
  });
  it("wraps at spaces, as many words on a line as fit", () => {
    expect(linesFor("aaaa bbbb", pair * 0.9999, PT)).toBe(2);
    expect(linesFor("aaaa bbbb cccc dddd", pair * 1.0001, PT)).toBe(2);
    expect(linesFor("aaaa bbbb cccc dddd e", pair * 1.0001, PT)).toBe(3);
    expect(linesFor("aaaa bbbb cccc dddd", word * 1.5, PT)).toBe(4);
  });
  it("takes a run of spaces or a tab between words as one space, and ignores spaces around the text", () => {
    expect(linesFor("aaaa   \t bbbb", pair, PT)).toBe(1);
    expect(linesFor("  aaaa bbbb  ", pair, PT)).toBe(1);
    expect(linesFor("aaaa ", word, PT)).toBe(1);
  });
  it("breaks a word longer than the column over as many lines as it needs", () => {
    const column = width(...times(4, LOWER));
    // Ten letters in a column of four: 4 + 4 + 2.
    expect(linesFor("aaaaaaaaaa", column, PT)).toBe(3);
    // After a short word, the long word starts a line of its own.
    expect(linesFor("aa aaaaaaaaaa", column, PT)).toBe(4);
  });
  it("goes on after a broken word on its last line, where the rest of the line is free", () => {
    const column = width(...times(4, LOWER));
    // The broken word ends two letters into its last line; "a" fits after it.
    expect(linesFor("aaaaaaaaaa a", column, PT)).toBe(3);
    expect(linesFor("aa aaaaaaaaaa a", column, PT)).toBe(4);
    // ... and "aaa" does not.
    expect(linesFor("aaaaaaaaaa aaa", column, PT)).toBe(4);
  });
  it("starts a new line after a broken word that fills its last line exactly", () => {
    const column = word / 2;
    expect(linesFor("aaaa", column, PT)).toBe(2);
    expect(linesFor("aaaa a", column, PT)).toBe(3);
  });
  it("needs more lines for wide text than for narrow text in the same column", () => {
    const capitals = linesFor("NGUYỄN THỊ MINH HƯƠNG", 30, 13);
    const lower = linesFor("nguyễn thị minh hương", 30, 13);
    expect(lower).toBe(2);
    expect(capitals).toBe(3);
    expect(linesFor("mmmm wwww", pair * 1.0001, PT)).toBe(2);
    expect(linesFor("iiii llll", pair * 1.0001, PT)).toBe(1);
  });
});

describe("rowHeightMm", () => {
  const lh = lineHeightMm(13);
  it("is one line plus 3.5 mm of padding and border for short cells", () => {
    expect(
      rowHeightMm(
        [
          { text: "1", widthMm: 12 },
          { text: "Nguyễn Văn An", widthMm: 56 },
        ],
        13,
      ),
    ).toBeCloseTo(lh + 3.5, 6);
    expect(rowHeightMm([{ text: "1", widthMm: 12 }], 13)).toBeCloseTo(9.69164, 5);
  });
  it("takes one line for a row without cells or with empty cells", () => {
    expect(rowHeightMm([], 13)).toBeCloseTo(lh + 3.5, 6);
    expect(rowHeightMm([{ text: "", widthMm: 20 }], 13)).toBeCloseTo(lh + 3.5, 6);
  });
  it("is as tall as its tallest cell", () => {
    const cells = [
      { text: "1", widthMm: 20 },
      { text: "a\nb\nc", widthMm: 20 },
      { text: "a\nb", widthMm: 20 },
    ];
    expect(rowHeightMm(cells, 13)).toBeCloseTo(3 * lh + 3.5, 6);
  });
  it("wraps a cell's text inside its padding (3 mm less than the column)", () => {
    // "aaaa" at 13 pt is 8.95 mm wide: it fits a 12 mm cell (9 mm inside), not a 10 mm one (7 mm inside).
    expect(rowHeightMm([{ text: "aaaa", widthMm: 12 }], 13)).toBeCloseTo(lh + 3.5, 6);
    expect(rowHeightMm([{ text: "aaaa", widthMm: 10 }], 13)).toBeCloseTo(2 * lh + 3.5, 6);
  });
  it("gives a very narrow cell at least 4 mm inside", () => {
    // "a" at 13 pt is 2.24 mm wide: it fits 4 mm, not the 2 mm a 5 mm cell would leave.
    expect(rowHeightMm([{ text: "a", widthMm: 5 }], 13)).toBeCloseTo(lh + 3.5, 6);
    expect(rowHeightMm([{ text: "aa", widthMm: 5 }], 13)).toBeCloseTo(2 * lh + 3.5, 6);
  });
  it("scales with the type size", () => {
    expect(rowHeightMm([{ text: "1", widthMm: 20 }], 10)).toBeCloseTo(4.7628 + 3.5, 5);
  });
});

describe("paginate", () => {
  type Block = LayoutBlock & { id: string };
  const block = (id: string, heightMm: number, more: Partial<LayoutBlock> = {}): Block => ({ id, heightMm, ...more });
  const row = (id: string, heightMm: number): Block => block(id, heightMm, { tableRow: true });
  const ids = (pages: Block[][]) => pages.map((p) => p.map((b) => b.id));
  const sheet = { heightMm: 100, tableHeadMm: 10 };

  it("has no sheet for no blocks", () => {
    expect(paginate([], sheet)).toEqual([]);
  });
  it("fills one sheet with what fits and returns the blocks themselves", () => {
    const blocks = [block("a", 30), block("b", 30)];
    const pages = paginate(blocks, sheet);
    expect(ids(pages)).toEqual([["a", "b"]]);
    expect(pages[0]![0]).toBe(blocks[0]);
  });
  it("fits a block that fills the sheet exactly, and starts a new sheet for one that would overflow", () => {
    expect(ids(paginate([block("a", 60), block("b", 40)], sheet))).toEqual([["a", "b"]]);
    expect(ids(paginate([block("a", 60), block("b", 40.01)], sheet))).toEqual([["a"], ["b"]]);
    expect(ids(paginate([block("a", 60), block("b", 40), block("c", 0.01)], sheet))).toEqual([["a", "b"], ["c"]]);
  });
  it("fills the following sheets in order from their own top", () => {
    const blocks = ["a", "b", "c", "d", "e", "f", "g"].map((id) => block(id, 30));
    expect(ids(paginate(blocks, sheet))).toEqual([["a", "b", "c"], ["d", "e", "f"], ["g"]]);
  });
  it("charges the table's head to the first row on a sheet only", () => {
    // 20 + (10 head + 30) + 30 = 90; a third row of 10 fits exactly, a fourth does not.
    expect(ids(paginate([block("intro", 20), row("r1", 30), row("r2", 30), row("r3", 10)], sheet))).toEqual([["intro", "r1", "r2", "r3"]]);
    expect(ids(paginate([block("intro", 20), row("r1", 30), row("r2", 30), row("r3", 10.01)], sheet))).toEqual([["intro", "r1", "r2"], ["r3"]]);
    // Without the head the first row would fit.
    expect(ids(paginate([block("intro", 65), row("r1", 30)], sheet))).toEqual([["intro"], ["r1"]]);
    expect(ids(paginate([block("intro", 60), row("r1", 30)], sheet))).toEqual([["intro", "r1"]]);
  });
  it("charges the head again to the first row of each following sheet", () => {
    // Sheet 1: 10 + 40 + 40 = 90; sheet 2: 10 + 40 + 40 = 90 again, then 10 more fits exactly.
    const pages = paginate([row("r1", 40), row("r2", 40), row("r3", 40), row("r4", 40), block("closing", 10), block("extra", 0.01)], sheet);
    expect(ids(pages)).toEqual([["r1", "r2"], ["r3", "r4", "closing"], ["extra"]]);
  });
  it("charges nothing for the head to a block that is not a table row", () => {
    expect(ids(paginate([block("a", 50), block("b", 50)], { heightMm: 100, tableHeadMm: 50 }))).toEqual([["a", "b"]]);
  });
  it("carries the previous block onto the new sheet with a block that must stay with it", () => {
    const pages = paginate([block("intro", 40), block("closing", 40), block("signatures", 30, { keepWithPrevious: true })], sheet);
    expect(ids(pages)).toEqual([["intro"], ["closing", "signatures"]]);
  });
  it("does not carry anything for a block free to start a sheet", () => {
    const pages = paginate([block("intro", 40), block("closing", 40), block("next", 30)], sheet);
    expect(ids(pages)).toEqual([["intro", "closing"], ["next"]]);
  });
  it("does not carry the only block of a sheet, which would leave that sheet empty", () => {
    const pages = paginate([block("big", 90), block("signatures", 30, { keepWithPrevious: true })], sheet);
    expect(ids(pages)).toEqual([["big"], ["signatures"]]);
  });
  it("keeps a block that must stay with the previous one on the same sheet when it fits", () => {
    const pages = paginate([block("intro", 40), block("closing", 30), block("signatures", 30, { keepWithPrevious: true })], sheet);
    expect(ids(pages)).toEqual([["intro", "closing", "signatures"]]);
  });
  it("counts the carried block's height on the new sheet", () => {
    // Sheet 2 holds closing (40) + signatures (30) = 70: 30 more fit, 30.01 do not.
    const carried = (last: number) =>
      paginate([block("intro", 40), block("closing", 40), block("signatures", 30, { keepWithPrevious: true }), block("after", last)], sheet);
    expect(ids(carried(30))).toEqual([["intro"], ["closing", "signatures", "after"]]);
    expect(ids(carried(30.01))).toEqual([["intro"], ["closing", "signatures"], ["after"]]);
  });
  it("charges the table's head to a carried table row on its new sheet", () => {
    // Sheet 2 holds the head (10) + r1 (20) + signatures (15) = 45: 55 more fit, 56 do not.
    const carried = (last: number) =>
      paginate([block("intro", 60), row("r1", 20), block("signatures", 15, { keepWithPrevious: true }), block("after", last)], sheet);
    expect(ids(carried(55))).toEqual([["intro"], ["r1", "signatures", "after"]]);
    expect(ids(carried(56))).toEqual([["intro"], ["r1", "signatures"], ["after"]]);
  });
  it("gives a block taller than a sheet a sheet of its own", () => {
    expect(ids(paginate([block("huge", 150)], sheet))).toEqual([["huge"]]);
    expect(ids(paginate([block("a", 10), block("huge", 150), block("b", 10)], sheet))).toEqual([["a"], ["huge"], ["b"]]);
  });
});
