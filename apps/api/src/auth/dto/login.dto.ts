import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MinLength } from 'class-validator';
import { MaxLength } from '../../common/max-length.decorator';
import { EMAIL_MAX, LOGIN_PASSWORD_MAX } from '@cloudhub/validation-limits';
import { Trim } from '../../common/trim.decorator';

export class LoginDto {
  @ApiProperty({ example: 'admin@example.com', format: 'email', maxLength: EMAIL_MAX })
  @Trim()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(EMAIL_MAX)
  email!: string;

  @ApiProperty({ format: 'password', minLength: 1, maxLength: LOGIN_PASSWORD_MAX })
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(LOGIN_PASSWORD_MAX)
  password!: string;
}
