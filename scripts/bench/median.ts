/** The middle value (the upper of the two middle ones for an even count); the benchmark scripts' summary figure. */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}
