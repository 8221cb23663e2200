/** What a chart would show when there is nothing to draw, said in words instead of an empty frame. */
export function ChartEmpty({ children }: { children: string }) {
  return (
    <p
      className="flex min-h-24 items-center justify-center rounded-md border border-dashed border-stone-300 p-4 text-center text-sm text-stone-600"
      data-testid="chart-empty"
    >
      {children}
    </p>
  );
}
