/** One measured operation: its durations in milliseconds and its target. */
export interface Metric {
  name: string;
  samples: number[];
  /** The p95 (the only value when measured once) must stay below this. */
  targetMs?: number;
  /** Shown after the verdict, e.g. a throughput. */
  note?: string;
}

/** Nearest-rank percentile of the samples. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
}

/** Runs `fn` and returns how long it took, in milliseconds. */
export async function timed<T>(
  fn: () => Promise<T>,
): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function formatMs(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)}`;
}

/** Columns padded to their widest cell, the first and last left-aligned. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map(r => r[i].length)));
  return rows
    .map((row, r) =>
      row
        .map((cell, i) =>
          i === 0 || i === row.length - 1
            ? cell.padEnd(widths[i])
            : cell.padStart(widths[i]),
        )
        .join('  ')
        .concat(
          r === 0 ? `\n${widths.map(w => '-'.repeat(w)).join('  ')}` : '',
        ),
    )
    .join('\n');
}

/** Whether a metric met its target; undefined when it has none. */
export function passes(metric: Metric): boolean | undefined {
  return metric.targetMs === undefined
    ? undefined
    : percentile(metric.samples, 95) < metric.targetMs;
}

const VERDICTS = { undefined: 'info', true: 'PASS', false: 'FAIL' };

/** The results table: p50, p95 and max in ms, target and verdict. */
export function formatMetrics(metrics: Metric[]): string {
  const rows = [
    ['metric', 'n', 'p50 ms', 'p95 ms', 'max ms', 'target', '', ''],
  ];
  for (const metric of metrics) {
    const { samples, targetMs } = metric;
    const verdict = passes(metric);
    rows.push([
      metric.name,
      String(samples.length),
      formatMs(percentile(samples, 50)),
      formatMs(percentile(samples, 95)),
      formatMs(Math.max(...samples)),
      targetMs === undefined ? '-' : `< ${formatMs(targetMs)}`,
      VERDICTS[String(verdict) as keyof typeof VERDICTS],
      metric.note ?? '',
    ]);
  }
  return formatTable(rows);
}

/** A two-column table of named values. */
export function formatSizes(sizes: Array<[string, string]>): string {
  return formatTable([['data', 'size'], ...sizes]);
}
