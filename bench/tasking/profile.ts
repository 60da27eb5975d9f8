/** A V8 CPU profile (Profiler.stop), the parts read here. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples?: number[];
  timeDeltas?: number[];
}

type Frame = { functionName: string; url: string };

/**
 * The stage a sampled stack belongs to: its innermost frame that names one (the pg driver's row
 * parser, Express's JSON stringify, the session check ...); what names none is the framework and
 * Node's HTTP. The stage names match the request breakdown of serve.ts.
 */
function stageOf(stack: Frame[]): string {
  for (const { functionName, url } of stack) {
    if (functionName === '(garbage collector)') return 'garbage collection';
    if (functionName === '(program)') return 'V8 and native code (unattributed)';
    if (/\/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-[a-z]+|typeorm)\//.test(url))
      return 'SQL round trip (PostgreSQL and the pg driver)';
    if (/\/node_modules\/(class-validator|class-transformer)\//.test(url) || url.includes('/pipes/validation.pipe'))
      return 'query validation (ValidationPipe)';
    if (url.includes('/node_modules/etag/')) return 'ETag (Express hashes the body)';
    if (functionName === 'stringify' && (url === '' || url.includes('/express/')))
      return 'serialisation (JSON.stringify)';
    if (/\/libs\/auth\/src\/(auth\.guard|auth\.service|session-cache)\./.test(url))
      return 'session check (AuthGuard: token, session cache or query)';
    if (url.includes('/libs/tasking/src/response-cache.'))
      return 'response cache (key, version check; on a miss the read below)';
    // The controller only hands the bytes to Express: what runs under it is the framework's.
    if (/\/libs\/(tasking|documents)\/src\//.test(url) && !url.includes('/tasking.controller.'))
      return 'task list service (its JavaScript around the SQL)';
  }
  return 'framework and HTTP (Node http, Express, Nest, guards, socket write)';
}

/** Self time of a CPU profile by request stage, idle excluded, largest first. */
export function summariseProfile(profile: CpuProfile): { stages: Array<[string, number]>; totalMs: number } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageById = new Map<number, string>();
  const stageFor = (id: number): string => {
    let stage = stageById.get(id);
    if (stage === undefined) {
      const stack: Frame[] = [];
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!.callFrame);
      stage = stageOf(stack);
      stageById.set(id, stage);
    }
    return stage;
  };
  const totals = new Map<string, number>();
  let totalMs = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (byId.get(id)!.callFrame.functionName === '(idle)') return;
    const ms = (profile.timeDeltas?.[i] ?? 0) / 1000;
    totalMs += ms;
    const stage = stageFor(id);
    totals.set(stage, (totals.get(stage) ?? 0) + ms);
  });
  return { stages: [...totals].sort((a, b) => b[1] - a[1]), totalMs };
}
