/** The benchmark's one table: each measure with the workbench's figure, a peer's, the ratio and the target. */

export interface Row {
  measure: string;
  ours: string;
  peer: string;
  peerName: string;
  ratio: string;
  target: string;
}

/** A row with only a measure, a figure and (perhaps) a target. */
export function row(measure: string, ours: string, target = ''): Row {
  return { measure, ours, peer: '', peerName: '', ratio: '', target };
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;

export function printTable(rows: Row[]): void {
  const header: Row = { measure: 'Measure', ours: 'Workbench', peer: 'Peer', peerName: 'Peer is', ratio: 'Ratio', target: 'Target' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((r) => r[key].length));
  const keys: (keyof Row)[] = ['measure', 'ours', 'peer', 'peerName', 'ratio', 'target'];
  const line = (r: Row) => `| ${keys.map((k) => r[k].padEnd(width(k))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${keys.map((k) => '-'.repeat(width(k) + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
