import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Limits } from '../limits.js';
import type { ImageRef } from '../types.js';
import { IsHttpUrl, IsText } from './decorators.js';

const MAX_PIXELS = 20_000;

/** An image with alt text and credit. */
export class ImageRefDto implements ImageRef {
  @IsHttpUrl()
  url!: string;

  /** Text alternative; may be empty only for purely decorative images. */
  @IsText(Limits.summary)
  alt!: string;

  /** Copyright line, e.g. "© Stadt Gudensberg/Christin Gerstner". */
  @IsOptional()
  @IsText(Limits.shortText)
  credit?: string | null;

  @IsOptional()
  @IsText(Limits.summary)
  caption?: string | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PIXELS)
  width?: number | null;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PIXELS)
  height?: number | null;
}
