import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
} from 'class-validator';

import { RoleEnum } from './auth.model';

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @Length(1, 64)
  username!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @Length(1, 200)
  currentPassword!: string;

  @Field({ description: 'At least 10 characters.' })
  @IsString()
  @Length(10, 200)
  newPassword!: string;
}

@InputType()
export class CreateUserInput {
  @Field({ description: '2–64 letters, digits or . _ -' })
  @IsString()
  @Length(2, 64)
  username!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string | null;

  @Field({ description: 'At least 10 characters.' })
  @IsString()
  @Length(10, 200)
  password!: string;

  @Field(() => RoleEnum)
  @IsIn(Object.values(RoleEnum))
  role!: RoleEnum;

  @Field(() => Int, {
    nullable: true,
    description: 'Required for a submitter.',
  })
  @IsOptional()
  @IsInt()
  departmentId?: number | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => Int)
  @IsInt()
  id!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  displayName?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RoleEnum))
  role?: RoleEnum | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  departmentId?: number | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new password set by the office (at least 10 characters).',
  })
  @IsOptional()
  @IsString()
  @Length(10, 200)
  password?: string | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  actions?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601, inclusive.' })
  @IsOptional()
  @IsISO8601()
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 8601, inclusive.' })
  @IsOptional()
  @IsISO8601()
  to?: string | null;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(500)
  limit!: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset!: number;
}
