/**
 * `node --import tsx scripts/bench/profile-summary.ts FILE.cpuprofile [N] [FUNCTION]`: the
 * top N functions of a V8 CPU profile (from `node --cpu-prof`) by self time, with total
 * time; with FUNCTION, only time spent below a function of that name (e.g. runCheck).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self and total time (ms) per function (name + file + line) of a CPU profile; with
 * `under`, only samples below a function of that name count.
 */
export function summarizeProfile(p: Profile, under?: string): { name: string; selfMs: number; totalMs: number }[] {
  const selfByNode = new Map<number, number>();
  p.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/work\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>, inside: boolean): number => {
    const n = byId.get(id) as ProfileNode;
    const here = inside || n.callFrame.functionName === under;
    let t = here ? (selfByNode.get(id) ?? 0) : 0;
    const name = label(n);
    if (here) self.set(name, (self.get(name) ?? 0) + (selfByNode.get(id) ?? 0));
    const inner = new Set(onStack).add(name);
    for (const c of n.children ?? []) t += walk(c, inner, here);
    if (!onStack.has(name) && here) total.set(name, (total.get(name) ?? 0) + t);
    return t;
  };
  walk(p.nodes[0].id, new Set(), under === undefined);
  return [...self].map(([name, selfMs]) => ({ name, selfMs, totalMs: total.get(name) ?? selfMs })).sort((a, b) => b.selfMs - a.selfMs);
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const [file, n = '25', under] = process.argv.slice(2);
  const rows = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as Profile, under);
  const all = rows.reduce((s, r) => s + r.selfMs, 0);
  for (const r of rows.slice(0, Number(n))) console.log(`${r.selfMs.toFixed(0).padStart(7)} ms self ${((100 * r.selfMs) / all).toFixed(1).padStart(5)}%  ${r.totalMs.toFixed(0).padStart(7)} ms total  ${r.name}`);
}
