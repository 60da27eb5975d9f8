import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { randomBytes, randomInt } from 'node:crypto';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** iproute2's `ip`, wherever the distribution put it (PATH may lack the sbin folders). */
const IP = ['/usr/sbin/ip', '/sbin/ip', '/usr/bin/ip', '/bin/ip'].find((path) => existsSync(path)) ?? 'ip';

/**
 * A "host" standing in for a separate machine. With namespaces: a network namespace of its own (own
 * loopback, own port space, no route to the test's 127.0.0.1), joined to the test's namespace by a
 * veth pair on a /30 of its own: the host is `address`, the test's side of the link is `gateway`.
 * With processes: a plain process of this machine, `address` and `gateway` both 127.0.0.1.
 */
export interface NetworkHost {
  name: string;
  address: string;
  gateway: string;
  /** Runs a command line inside the host: `[...host.exec, 'node', …]` (ip netns exec execs it, same pid; empty for a process). */
  exec: string[];
  /** Whether the host has a port space of its own (a network namespace), so that every host may use the same port. */
  ownPorts: boolean;
}

/**
 * How the stand-in hosts are made: `namespaces` (root and iproute2's `ip`, as CI has) or, where
 * a network namespace cannot be made, `processes` on 127.0.0.1.
 */
export type HostMode = 'namespaces' | 'processes';

export interface TestHosts {
  mode: HostMode;
  hosts: NetworkHost[];
  destroy(): Promise<void>;
}

/**
 * How this machine can stand in several hosts, found by trying rather than guessed from the uid: a
 * network namespace with its veth link is made and removed; `namespaces` if that worked, else
 * `processes` with the reason. CONGVAN_TEST_HOSTS=namespaces insists on namespaces (an error if they
 * cannot be made, for CI), CONGVAN_TEST_HOSTS=processes asks for processes.
 */
export async function chooseHostMode(): Promise<{ mode: HostMode; reason: string }> {
  const wanted = process.env.CONGVAN_TEST_HOSTS;
  if (wanted && wanted !== 'namespaces' && wanted !== 'processes')
    throw new Error(`CONGVAN_TEST_HOSTS must be namespaces or processes, not ${wanted}`);
  if (wanted === 'processes') return { mode: 'processes', reason: 'CONGVAN_TEST_HOSTS=processes' };
  try {
    await (await createNetworkHosts(['probe'])).destroy();
    return {
      mode: 'namespaces',
      reason: wanted ? 'CONGVAN_TEST_HOSTS=namespaces' : 'a network namespace could be made',
    };
  } catch (error) {
    if (wanted === 'namespaces') throw error;
    return { mode: 'processes', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The stand-in hosts, one per label, in the mode `chooseHostMode` found. */
export async function createTestHosts(labels: string[], mode: HostMode): Promise<TestHosts> {
  if (mode === 'namespaces') return { mode, ...(await createNetworkHosts(labels)) };
  return {
    mode,
    hosts: labels.map((label) => ({
      name: label,
      address: '127.0.0.1',
      gateway: '127.0.0.1',
      exec: [],
      ownPorts: false,
    })),
    destroy: async () => undefined,
  };
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
        ownPorts: true,
      });
    }
  } catch (error) {
    await destroy();
    const uid = process.getuid?.();
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(
      `cannot create a network namespace for a stand-in host (uid ${uid}; namespaces need root, as CI has, and ` +
        `iproute2: \`ip netns add\` and a veth pair): ${detail}`,
    );
  }
  return { hosts, destroy };
}

/**
 * The TCP ports process `pid` itself listens on, IPv4 and IPv6: the LISTEN (0A) sockets of its network
 * namespace (/proc/<pid>/net/tcp{,6}) whose inode is one of its open descriptors, so that processes
 * sharing one namespace (the `processes` mode) are told apart.
 */
export function listeningPorts(pid: number): number[] {
  const target = (fd: string) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`);
    } catch {
      return ''; // closed meanwhile
    }
  };
  const inodes = new Set(
    readdirSync(`/proc/${pid}/fd`).flatMap((fd) => /^socket:\[(\d+)\]$/.exec(target(fd))?.slice(1) ?? []),
  );
  const ports = new Set<number>();
  for (const file of [`/proc/${pid}/net/tcp`, `/proc/${pid}/net/tcp6`]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields[3] === '0A' && inodes.has(fields[9]!)) ports.add(parseInt(fields[1]!.split(':').pop()!, 16));
    }
  }
  return [...ports].sort((a, b) => a - b);
}
