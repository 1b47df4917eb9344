import { Equals } from 'class-validator';
import { IsRequiredText } from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';

/** A required consent: granted, to the text version the form showed. */
export class ConsentGivenDto {
  @Equals(true, { message: 'the consent must be granted' })
  granted!: true;

  @IsRequiredText(Limits.name)
  textVersion!: string;
}
