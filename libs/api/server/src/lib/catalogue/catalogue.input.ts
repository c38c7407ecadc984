import { Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

import { DepartmentKindEnum } from '../common/department.model';

@InputType()
export class CreateDepartmentInput {
  @Field()
  @IsString()
  @Length(2, 200)
  name!: string;

  @Field(() => DepartmentKindEnum)
  @IsIn(Object.values(DepartmentKindEnum))
  kind!: DepartmentKindEnum;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/)
  code?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  aliases?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the district a township belongs to.',
  })
  @IsOptional()
  @IsString()
  parentCode?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(2008)
  @Max(2100)
  activeFrom?: number | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'Deadlines of a report year (yyyy-mm-dd).' })
export class SetDeadlinesInput {
  @Field(() => Int)
  @IsInt()
  @Min(2008)
  @Max(2100)
  year!: number;

  @Field()
  @Matches(DATE)
  cityDepartment!: string;

  @Field()
  @Matches(DATE)
  district!: string;

  @Field()
  @Matches(DATE)
  township!: string;

  @Field()
  @Matches(DATE)
  other!: string;
}
