import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import { DepartmentKindEnum } from '../common/department.model';
import { SeverityEnum } from '../common/report.model';
import { BoardStatusEnum } from './reports.model';

const YEAR_MIN = 2008;
const YEAR_MAX = 2100;

@InputType({
  description:
    'Which departments: given ids, or all matching kinds / parent / search.',
})
export class DepartmentFilterInput {
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2000)
  @IsInt({ each: true })
  ids?: number[] | null;

  @Field(() => [DepartmentKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DepartmentKindEnum), { each: true })
  kinds?: DepartmentKindEnum[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  parentId?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;
}

@ArgsType()
export class ReportArgs {
  @Field(() => Int)
  @IsInt()
  departmentId!: number;

  @Field(() => Int)
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Default: the version that counts.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@ArgsType()
export class DiffArgs {
  @Field(() => Int)
  @IsInt()
  departmentId!: number;

  @Field(() => Int)
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  from!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  to!: number;
}

@ArgsType()
export class YearSpanArgs {
  @Field(() => Int)
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  from!: number;

  @Field(() => Int)
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  to!: number;
}

@ArgsType()
export class YearRangeArgs extends YearSpanArgs {
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  metrics!: string[];
}

/** City totals read one pre-aggregated row per metric and year: every metric may be asked. */
@ArgsType()
export class CityTotalsArgs extends YearSpanArgs {
  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(300)
  @IsString({ each: true })
  metrics!: string[];
}

@ArgsType()
export class SeriesArgs extends YearRangeArgs {
  @Field(() => DepartmentFilterInput, { nullable: true })
  @IsOptional()
  departments?: DepartmentFilterInput | null;

  @Field({
    defaultValue: true,
    description: 'Fill years before a reorganisation from the predecessors.',
  })
  @IsBoolean()
  withPredecessors!: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset!: number;

  @Field(() => Int, {
    defaultValue: 100,
    description: 'Departments per page, at most 500.',
  })
  @IsInt()
  @Min(1)
  @Max(500)
  limit!: number;
}

@ArgsType()
export class SeriesMatrixArgs extends YearRangeArgs {
  @Field(() => DepartmentFilterInput, {
    nullable: true,
    description: 'Default: every department.',
  })
  @IsOptional()
  departments?: DepartmentFilterInput | null;
}

@ArgsType()
export class RankingArgs {
  @Field()
  @IsString()
  metric!: string;

  @Field(() => Int)
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year!: number;

  @Field(() => [DepartmentKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DepartmentKindEnum), { each: true })
  kinds?: DepartmentKindEnum[] | null;

  @Field({ defaultValue: false })
  @IsBoolean()
  ascending!: boolean;

  @Field(() => Int, { defaultValue: 20 })
  @IsInt()
  @Min(1)
  @Max(500)
  limit!: number;
}

@ArgsType()
export class CityTablesArgs {
  @Field(() => Int, { description: 'A report year from 2019 on.' })
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year!: number;

  @Field(() => [DepartmentKindEnum], {
    nullable: true,
    description: 'Only departments of these kinds (all when absent).',
  })
  @IsOptional()
  @IsIn(Object.values(DepartmentKindEnum), { each: true })
  kinds?: DepartmentKindEnum[] | null;

  @Field({
    defaultValue: false,
    description: 'Only the reports the office has accepted.',
  })
  @IsBoolean()
  acceptedOnly!: boolean;
}

@ArgsType()
export class BoardArgs {
  @Field(() => Int)
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year!: number;

  @Field(() => [DepartmentKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(DepartmentKindEnum), { each: true })
  kinds?: DepartmentKindEnum[] | null;

  @Field(() => [BoardStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(BoardStatusEnum), { each: true })
  statuses?: BoardStatusEnum[] | null;

  @Field({
    defaultValue: false,
    description: 'Also list departments that did not exist that year.',
  })
  @IsBoolean()
  includeNotExpected!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The day to judge "missing" against (ISO); default now, or the demo’s today.',
  })
  @IsOptional()
  @IsString()
  now?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset!: number;

  @Field(() => Int, { defaultValue: 500 })
  @IsInt()
  @Min(1)
  @Max(2000)
  limit!: number;
}

@ArgsType()
export class FindingsArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number | null;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(2000)
  @IsInt({ each: true })
  departmentIds?: number[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  codes?: string[] | null;

  @Field(() => [SeverityEnum], { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SeverityEnum), { each: true })
  severities?: SeverityEnum[] | null;

  @Field({
    defaultValue: false,
    description: 'Findings of every version, not only the counted ones.',
  })
  @IsBoolean()
  allVersions!: boolean;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset!: number;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(500)
  limit!: number;
}
