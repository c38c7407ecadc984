import { Field, InputType, Int } from '@nestjs/graphql';
import {
  IsBase64,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Max,
  Min,
} from 'class-validator';

/** A document given as text (text, HTML) or as base64 bytes (DOCX, or any of them). */
@InputType()
export class DocumentInput {
  @Field(() => String, {
    nullable: true,
    description: 'Text or HTML, as pasted.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1_000_000)
  text?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The file bytes in base64 (e.g. DOCX).',
  })
  @IsOptional()
  @IsBase64()
  @MaxLength(1_400_000)
  base64?: string | null;

  @Field({
    description: 'File name, e.g. 民政局2024年报.docx; kept with the version.',
  })
  @IsString()
  @Length(1, 255)
  fileName!: string;

  @Field(() => String, {
    nullable: true,
    deprecationReason:
      'Ignored: the media type is read from the content (a DOCX, HTML or text).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  mediaType?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Report year; otherwise read from the document.',
  })
  @IsOptional()
  @IsInt()
  @Min(2008)
  @Max(2100)
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Department code, name or alias; otherwise the agency the document names.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'Who hands it in.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  submittedBy?: string | null;

  @Field({
    defaultValue: false,
    description:
      'Create the department the document names when none matches (the office’s bulk import).',
  })
  @IsBoolean()
  createDepartment!: boolean;
}

@InputType()
export class ReviewInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  submissionId!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Required when returning.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  comment?: string | null;

  @Field({
    defaultValue: false,
    description: 'Accept a version that has errors.',
  })
  acknowledgeErrors!: boolean;
}
