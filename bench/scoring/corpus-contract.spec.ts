import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDirective } from '@congvan/extraction';

// Every corpus document is scored against its gold: a gold that breaks the contract, or a folder
// without its text or meta, would silently score against nothing. Checks form only, not content.
const root = join(process.cwd(), 'samples/corpus');
const documents = ['dev', 'heldout'].flatMap((split) =>
  readdirSync(join(root, split)).map((id) => ({ split, id, dir: join(root, split, id) })),
);
// samples/bodies: headerless bodies and excerpts, held out on the same terms as the corpus.
const bodiesRoot = join(process.cwd(), 'samples/bodies');
const bodies = ['dev', 'heldout']
  .filter((split) => existsSync(join(bodiesRoot, split)))
  .flatMap((split) =>
    readdirSync(join(bodiesRoot, split)).map((id) => ({ split, id: `bodies/${id}`, dir: join(bodiesRoot, split, id) })),
  );

describe('samples/corpus', () => {
  it('holds both splits', () => {
    expect(documents.filter((d) => d.split === 'dev').length).toBeGreaterThanOrEqual(40);
    expect(documents.filter((d) => d.split === 'heldout').length).toBeGreaterThanOrEqual(10);
  });

  it.each(documents.map((d) => [`${d.split}/${d.id}`, d.dir]))(
    '%s: gold follows the contract, meta is complete',
    (_, dir) => {
      const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8'));
      expect(validateDirective(gold).errors).toEqual([]);
      const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
      expect(meta).toHaveProperty('source'); // null when the page's address is unknown (README says why)
      expect(typeof (meta.source ?? '')).toBe('string');
      expect(['state', 'party']).toContain(meta.system);
      expect(meta.collected).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(readFileSync(join(dir, 'text.txt'), 'utf8').trim().length).toBeGreaterThan(200);
    },
  );

  // A held-out document stays unseen only while no test or rule quotes it: a crawl's page file (tnt305's
  // src/etl/dataset/<md5>.md) or a source address named in libs/ means its text was read to write rules.
  it('quotes no held-out document in the code or its tests', () => {
    const files = execFileSync('git', ['ls-files', 'libs', 'apps', 'bench'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(?:ts|txt|json)$/u.test(f) && !f.includes('lexicon/known-text'));
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const quoted = [...documents, ...bodies]
      .filter((d) => d.split === 'heldout')
      .filter((d) => {
        const source: string = JSON.parse(readFileSync(join(d.dir, 'meta.json'), 'utf8')).source ?? '';
        const pages = [...source.matchAll(/\/([0-9a-f]{16})\.md/gu)].map((m) => m[1]);
        const addresses = source.match(/https?:\/\/\S+/gu) ?? [];
        return [...pages, ...addresses].some((key) => code.includes(key));
      })
      .map((d) => d.id);
    expect(quoted).toEqual([]);
  });
});
