import { ApiProperty } from '@nestjs/swagger';

export class AccessTokenDto {
  @ApiProperty({ description: 'Bearer token for the Authorization header.' })
  accessToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires.', example: 900 })
  expiresIn!: number;

  @ApiProperty({ enum: ['Bearer'] })
  tokenType!: 'Bearer';
}
