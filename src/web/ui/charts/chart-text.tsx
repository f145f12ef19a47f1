/** Space between lines of chart text, in pixels. */
export const CHART_LINE_HEIGHT = 18;

interface ChartTextProps {
  lines: readonly string[];
  /** The top of the first line. */
  y: number;
  x?: number;
  className: string;
}

/** Lines of SVG text one under another (SVG does not wrap text by itself). */
export function ChartText({ lines, y, x = 12, className }: ChartTextProps) {
  return (
    <text x={x} y={y + 14} className={className}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 0 : CHART_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
