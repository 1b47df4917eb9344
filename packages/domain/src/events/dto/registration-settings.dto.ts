import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  buildMessage,
  type ValidationArguments,
} from 'class-validator';
import {
  IsEnumValue,
  IsHttpUrl,
  IsNotBefore,
  IsUniqueBy,
  IsRequiredText,
  IsText,
  IsTimestamp,
  NestedArray,
} from '../../common/dto/decorators.js';
import { Limits } from '../../common/limits.js';
import {
  OPTIONAL_CONSENTS,
  QUESTION_KEY_PATTERN,
  QuestionType,
  type CustomQuestion,
  type OptionalConsent,
} from '../../registrations/registration.js';
import { RegistrationMode, type RegistrationSettings } from '../event.js';

/** Question types that offer options to choose from. */
export const CHOICE_QUESTION_TYPES: readonly QuestionType[] = Object.freeze([
  QuestionType.SingleChoice,
  QuestionType.MultipleChoice,
]);

const isChoice = (type: unknown): boolean => CHOICE_QUESTION_TYPES.includes(type as QuestionType);

// Choice questions need options; the others must not carry any.
function OptionsFitType(): PropertyDecorator {
  return ValidateBy({
    name: 'optionsFitType',
    validator: {
      validate(value: unknown, args?: ValidationArguments): boolean {
        const type = (args?.object as { type?: unknown } | undefined)?.type;
        const count = Array.isArray(value) ? value.length : 0;
        return isChoice(type) ? count > 0 : count === 0;
      },
      defaultMessage: buildMessage(
        () => '$property must be non-empty for choice questions and empty otherwise',
      ),
    },
  });
}

/** A custom question of a registration form. */
export class CustomQuestionDto implements Partial<CustomQuestion> {
  @IsString()
  @MaxLength(Limits.questionKey)
  @Matches(QUESTION_KEY_PATTERN, {
    message: '$property must be 1 to 40 of a-z, 0-9 and _',
  })
  key!: string;

  @IsEnumValue(QuestionType)
  type!: QuestionType;

  @IsRequiredText(Limits.subtitle)
  label!: string;

  @IsOptional()
  @IsText(Limits.summary)
  helpText?: string | null;

  @IsOptional()
  @IsBoolean()
  required?: boolean;

  /** Required and non-empty for single and multiple choice; empty or absent otherwise. */
  @ValidateIf((q: CustomQuestionDto) => isChoice(q.type) || (q.options ?? null) !== null)
  @IsArray()
  @ArrayMaxSize(Limits.listItems)
  @ArrayUnique()
  @IsRequiredText(Limits.shortText, { each: true })
  @OptionsFitType()
  options?: string[];
}

/** Registration settings of an event. With mode "external", `externalUrl` is required. */
export class RegistrationSettingsDto implements Partial<Omit<RegistrationSettings, 'questions'>> {
  @IsEnumValue(RegistrationMode)
  mode!: RegistrationMode;

  /** When the form opens; absent: as soon as the event is published. */
  @IsOptional()
  @IsTimestamp()
  opensAt?: string | null;

  /** The Anmeldeschluss, inclusive; absent: open until the event starts. */
  @IsOptional()
  @IsTimestamp()
  @IsNotBefore('opensAt')
  deadline?: string | null;

  /** Seats; absent: unlimited. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(Limits.capacity)
  capacity?: number | null;

  @IsOptional()
  @IsBoolean()
  waitlistEnabled?: boolean;

  @IsOptional()
  @IsBoolean()
  approvalRequired?: boolean;

  @ValidateIf(
    (s: RegistrationSettingsDto) =>
      s.mode === RegistrationMode.External || (s.externalUrl ?? null) !== null,
  )
  @IsHttpUrl()
  externalUrl?: string | null;

  @IsOptional()
  @NestedArray(() => CustomQuestionDto, Limits.questionCount)
  @IsUniqueBy((q: CustomQuestionDto | null) => q?.key, 'question keys must be unique')
  questions?: CustomQuestionDto[];

  /** The optional consents the form asks for; absent on creation: all of them. */
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn([...OPTIONAL_CONSENTS], { each: true })
  consents?: OptionalConsent[];
}
