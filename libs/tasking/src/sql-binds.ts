/**
 * An access condition may bind a value and then not use it (a role that may not do the action at
 * all): PostgreSQL cannot type a parameter that appears nowhere, so those are dropped and the rest
 * renumbered.
 */
export function withoutUnusedBinds(sql: string, values: unknown[]): [string, unknown[]] {
  const used = [...new Set([...sql.matchAll(/\$(\d+)(?!\d)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const renumber = new Map(used.map((n, i) => [n, i + 1]));
  return [sql.replace(/\$(\d+)(?!\d)/g, (_, n) => `$${renumber.get(Number(n))}`), used.map((n) => values[n - 1])];
}
