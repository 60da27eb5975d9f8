import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { randomBytes, randomInt } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** iproute2's `ip`, wherever the distribution put it (PATH may lack the sbin folders). */
const IP = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].find((path) => existsSync(path)) ?? 'ip';

/**
 * A "host" standing in for a separate machine: a network namespace of its own (own loopback, own
 * port space, no route to the test's 127.0.0.1), joined to the test's namespace by a veth pair on
 * a /30 of its own: the host is `address`, the test's side of the link is `gateway`.
 */
export interface NetworkHost {
  name: string;
  address: string;
  gateway: string;
  /** Runs a command line inside the host: `[...host.exec, 'node', …]` (ip netns exec execs it, same pid). */
  exec: string[];
  /** The TCP ports something listens on in this host's namespace (from /proc/<pid>/net/tcp{,6}). */
  listeningPorts(pid: number): number[];
}

async function ip(...args: string[]): Promise<void> {
  await run(IP, args);
}

/**
 * Creates `count` network namespaces with a veth link each. Needs root (CAP_NET_ADMIN and
 * CAP_SYS_ADMIN); anything else is an error that says so, never a silent skip.
 */
export async function createNetworkHosts(
  labels: string[],
): Promise<{ hosts: NetworkHost[]; destroy(): Promise<void> }> {
  const runId = randomBytes(3).toString('hex');
  const hosts: NetworkHost[] = [];
  const links: string[] = [];
  const namespaces: string[] = [];
  const destroy = async () => {
    for (const link of links) await ip('link', 'del', link).catch(() => undefined);
    for (const namespace of namespaces) await ip('netns', 'del', namespace).catch(() => undefined);
  };
  // A 10.x.y.0/24 that no interface of this machine uses; each host takes a /30 of it.
  const used = readFileSync('/proc/net/fib_trie', 'utf8');
  let prefix = '';
  do prefix = `10.${randomInt(200, 254)}.${randomInt(0, 255)}`;
  while (used.includes(`${prefix}.`));
  try {
    for (const [i, label] of labels.entries()) {
      const name = `congvan-${runId}-${label}`;
      const outside = `cv${runId}h${i}`;
      const inside = `cv${runId}n${i}`;
      const gateway = `${prefix}.${4 * i + 1}`;
      const address = `${prefix}.${4 * i + 2}`;
      await ip('netns', 'add', name);
      namespaces.push(name);
      await ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', inside);
      links.push(outside);
      await ip('link', 'set', inside, 'netns', name);
      await ip('addr', 'add', `${gateway}/30`, 'dev', outside);
      await ip('link', 'set', outside, 'up');
      await ip('-n', name, 'addr', 'add', `${address}/30`, 'dev', inside);
      await ip('-n', name, 'link', 'set', inside, 'up');
      await ip('-n', name, 'link', 'set', 'lo', 'up');
      hosts.push({
        name,
        address,
        gateway,
        exec: [IP, 'netns', 'exec', name],
        listeningPorts: (pid) => listeningPorts(pid),
      });
    }
  } catch (error) {
    await destroy();
    const uid = process.getuid?.();
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot create a network namespace for a stand-in host (uid ${uid}; this test needs root, as CI has: ` +
        `\`ip netns add\` and a veth pair): ${detail}`,
    );
  }
  return { hosts, destroy };
}

/** Ports in state LISTEN (0A) in the network namespace of process `pid`, IPv4 and IPv6. */
function listeningPorts(pid: number): number[] {
  const ports = new Set<number>();
  for (const file of [`/proc/${pid}/net/tcp`, `/proc/${pid}/net/tcp6`]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[3] === '0A') ports.add(parseInt(fields[1]!.split(':').pop()!, 16));
    }
  }
  return [...ports].sort((a, b) => a - b);
}
