import {
  IsBoolean,
  IsEmail,
  IsOptional,
  MaxLength,
  ValidateBy,
  buildMessage,
} from 'class-validator';
import {
  IsEnumValue,
  IsUniqueBy,
  IsRequiredText,
  IsText,
  NestedArray,
} from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import { Locale } from '../../common/types.js';
import { Bundesland, OrganisationType } from '../../organisations/organisation.js';
import {
  ConsentPurpose,
  QUESTION_KEY_PATTERN,
  Salutation,
  type AnswerValue,
  type RegistrantData,
} from '../registration.js';

function isAnswerValue(answer: unknown): boolean {
  if (typeof answer === 'boolean') return true;
  if (typeof answer === 'string') return answer.length <= Limits.longText;
  return (
    Array.isArray(answer) &&
    answer.length <= Limits.listItems &&
    answer.every((option) => typeof option === 'string' && option.length <= Limits.shortText)
  );
}

// Shape only: whether the keys match the event's questions and required ones are answered is
// checked against the event by the API.
function IsAnswerMap(): PropertyDecorator {
  return ValidateBy({
    name: 'isAnswerMap',
    validator: {
      validate(value: unknown): boolean {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
        const entries = Object.entries(value);
        return (
          entries.length <= Limits.questionCount &&
          entries.every(([key, answer]) => QUESTION_KEY_PATTERN.test(key) && isAnswerValue(answer))
        );
      },
      defaultMessage: buildMessage(
        () =>
          `$property must be an object of at most ${Limits.questionCount} answers by question key, ` +
          'each a text, a list of options or true/false',
      ),
    },
  });
}

function HasGrantedConsent(purpose: ConsentPurpose): PropertyDecorator {
  return ValidateBy({
    name: 'hasGrantedConsent',
    constraints: [purpose],
    validator: {
      validate: (value: unknown): boolean =>
        Array.isArray(value) &&
        value.some(
          (consent: Partial<ConsentInputDto> | null) =>
            consent?.purpose === purpose && consent.granted === true,
        ),
      defaultMessage: buildMessage(() => `$property must grant the consent "${purpose}"`),
    },
  });
}

/** A consent as ticked (or not) on the form; the API stores the text of `textVersion`. */
export class ConsentInputDto {
  @IsEnumValue(ConsentPurpose)
  purpose!: ConsentPurpose;

  @IsBoolean()
  granted!: boolean;

  /** Version of the consent text shown, so the exact wording can be proven later. */
  @IsRequiredText(Limits.name)
  textVersion!: string;
}

/** The personal data and answers a registrant can give and later change. */
export class RegistrantDetailsDto implements Partial<Omit<RegistrantData, 'email'>> {
  @IsRequiredText(Limits.name)
  firstName!: string;

  @IsRequiredText(Limits.name)
  lastName!: string;

  /** Never forced: absent or "none" is fine. */
  @IsOptional()
  @IsEnumValue(Salutation)
  salutation?: Salutation | null;

  @IsOptional()
  @IsText(Limits.name)
  academicTitle?: string | null;

  /** Organisation or municipality. */
  @IsOptional()
  @IsText(Limits.shortText)
  organisation?: string | null;

  @IsOptional()
  @IsEnumValue(OrganisationType)
  organisationType?: OrganisationType | null;

  @IsOptional()
  @IsText(Limits.shortText)
  function?: string | null;

  @IsOptional()
  @IsEnumValue(Bundesland)
  bundesland?: Bundesland | null;

  /** "Ihre Frage an die Referenten". */
  @IsOptional()
  @IsText(Limits.summary)
  questionForSpeakers?: string | null;

  /** Answers to the event's custom questions by question key. */
  @IsOptional()
  @IsAnswerMap()
  answers?: Record<string, AnswerValue>;

  /** Language of the mails. */
  @IsOptional()
  @IsEnumValue(Locale)
  locale: Locale = Locale.German;
}

/**
 * Registers for an event. E-mail, first and last name are required, and the privacy consent
 * must be granted; every other consent is separate and optional.
 */
export class CreateRegistrationDto extends RegistrantDetailsDto {
  @IsEmail()
  @MaxLength(Limits.email)
  email!: string;

  @NestedArray(() => ConsentInputDto, Object.keys(ConsentPurpose).length)
  @IsUniqueBy((c: ConsentInputDto | null) => c?.purpose, 'each purpose may appear only once')
  @HasGrantedConsent(ConsentPurpose.Privacy)
  consents!: ConsentInputDto[];
}
