/**
 * The search budgets from the design notes, in one place for the index builder, the unit tests
 * and the benchmark. The builder aims below the limit so that a different gzip level on the
 * host, or a few more lessons before the next build, does not push the file over it.
 */
export const INDEX_BUDGET = {
  /** The limit: index file, gzip. */
  maxGzipBytes: 60 * 1024,
  /** What the builder aims for (it shortens long sections to fit). */
  targetGzipBytes: 56 * 1024,
  /** One query on the whole index, median, on the development machine. */
  queryMs: 10,
} as const;
