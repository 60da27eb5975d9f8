import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { OrganisationService } from './organisation.service.js';
import { parseRegistryJson } from './registry-file.js';

export const ORGANISATION_OPTIONS = Symbol('ORGANISATION_OPTIONS');

export interface OrganisationOptions {
  /** Load samples/org/*.json when the registry is empty (quick start, demos). */
  seedSamples: boolean;
  samplesDir?: string;
}

@Injectable()
export class SampleRegistrySeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(SampleRegistrySeeder.name);

  constructor(
    @Inject(ORGANISATION_OPTIONS) private readonly options: OrganisationOptions,
    private readonly organisation: OrganisationService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.options.seedSamples || (await this.organisation.countUnits()) > 0) return;
    const dir = resolve(this.options.samplesDir ?? 'samples/org');
    if (!existsSync(dir)) {
      this.logger.warn({ msg: 'sample registry folder not found; run from the repository root to load it', dir });
      return;
    }
    const files = await Promise.all(
      (await readdir(dir))
        .filter((f) => f.endsWith('.json'))
        .map(async (file) => ({ file, registry: parseRegistryJson(await readFile(join(dir, file), 'utf8')) })),
    );
    // Oldest snapshot first: a newer registry names the older units it replaces.
    files.sort((a, b) => (a.registry.snapshotDate ?? '').localeCompare(b.registry.snapshotDate ?? ''));
    for (const { file, registry } of files) {
      const summary = await this.organisation.importRegistry(registry.units, registry.ended);
      this.logger.log({ msg: 'sample registry loaded', file, ...summary });
    }
  }
}
