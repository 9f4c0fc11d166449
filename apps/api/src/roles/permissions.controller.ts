import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AREAS } from '@cloudhub/permissions';
import { Authenticated } from '../access/access-policy.decorator';
import { ApiProblems } from '../common/api-problems.decorator';
import { PermissionCatalogueDto } from './dto/permission-catalogue.dto';

@ApiTags('roles')
@ApiBearerAuth()
@Controller('permissions')
export class PermissionsController {
  @Get()
  @Authenticated()
  @ApiOperation({
    operationId: 'getPermissionCatalogue',
    summary: 'The areas and the permissions that open them',
    description: 'A fixed catalogue with English and German labels, the same for every customer.',
  })
  @ApiOkResponse({ type: PermissionCatalogueDto })
  @ApiProblems(401)
  catalogue(): PermissionCatalogueDto {
    return {
      areas: AREAS.map(({ key, permission, label, description }) => ({ key, permission, label, description })),
    };
  }
}
