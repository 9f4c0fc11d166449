import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class TourStateDto {
  @ApiProperty({ description: 'true: finished or skipped (not shown again); false: show it again (replay).' })
  @IsBoolean({ message: 'must be true or false' })
  done!: boolean;
}
