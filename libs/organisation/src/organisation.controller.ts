import { Body, Controller, Get, Header, HttpCode, Post, Query, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Multipart, Roles, TokenScope } from '@congvan/auth';
import { noFileUploaded } from '@congvan/common';
import { PagedListQueryDto } from '@congvan/common/http';
import { OrganisationService } from './organisation.service.js';
import { parseRegistryCsv, parseRegistryJson, toRegistryCsv, toRegistryJson } from './registry-file.js';

class ExportQueryDto {
  @IsOptional()
  @IsIn(['json', 'csv'])
  format: 'json' | 'csv' = 'json';
}

/** `GET /units?paged=true`: a part of the name or code (accent-insensitive), sort by code or name, a page. */
class ListUnitsQueryDto extends PagedListQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @IsOptional()
  @IsIn(['code', 'name'])
  sort?: 'code' | 'name';
}

@Controller('units')
@TokenScope('units')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Roles('clerk', 'unit_admin', 'leader', 'system_admin')
  list(@Query() query: ListUnitsQueryDto) {
    return query.paged ? this.organisation.pageUnits(query) : this.organisation.listUnits();
  }

  @Get('export')
  @Roles('clerk', 'system_admin')
  @Header('Content-Disposition', 'attachment; filename="danh-muc-don-vi"')
  async export(@Query() query: ExportQueryDto): Promise<string> {
    const units = await this.organisation.exportRegistry();
    return query.format === 'csv' ? toRegistryCsv(units) : toRegistryJson({ units });
  }

  /**
   * Imports a registry file (JSON or CSV, by content): units matched by code are updated, others
   * created; `replaces` / successor columns link old units to the new ones, `ended` (JSON) closes
   * old units that have no successor.
   */
  @Post('import')
  @HttpCode(200)
  @Roles('system_admin')
  @Multipart()
  @UseInterceptors(FileInterceptor('file'))
  import(@UploadedFile() file: Express.Multer.File | undefined, @Body() _body: unknown) {
    if (!file) throw noFileUploaded();
    const text = file.buffer.toString('utf8');
    const registry = text.trimStart().startsWith('{') ? parseRegistryJson(text) : { units: parseRegistryCsv(text) };
    return this.organisation.importRegistry(registry.units, registry.ended);
  }
}
