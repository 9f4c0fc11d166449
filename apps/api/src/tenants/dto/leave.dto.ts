import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { UUID_LENGTH } from '@cloudhub/validation-limits';
import { LowerCaseIds } from '../../common/lower-case-ids.decorator';

/** `DELETE /api/me/memberships/{tenantId}`: a DELETE carries no body, so the successor travels in the query. */
export class LeaveQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    maxLength: UUID_LENGTH,
    description:
      'For an admin: the member who takes over as administrator. They get the customer’s Administrator role ' +
      'in the same change, and an e-mail. Needed when you are the last admin.',
  })
  @LowerCaseIds()
  @IsOptional()
  @IsUUID('all', { message: 'must be a user id' })
  successorId?: string;
}
