import {
  Field,
  Float,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

export enum ValueStatusEnum {
  number = 'number',
  blank = 'blank',
  notApplicable = 'notApplicable',
  unreadable = 'unreadable',
}
registerEnumType(ValueStatusEnum, {
  name: 'ValueStatus',
  description:
    'number; blank (empty cell, not zero); notApplicable (/); unreadable (with a finding)',
});

export enum SeverityEnum {
  error = 'error',
  warning = 'warning',
  info = 'info',
}
registerEnumType(SeverityEnum, { name: 'Severity' });

@ObjectType('SourceLocation', {
  description: 'Where a cell or finding is in the source document.',
})
export class SourceLocationModel {
  @Field({ description: 'text (line and column) or table (table, row, cell).' })
  kind!: string;

  @Field(() => Int, { nullable: true })
  line!: number | null;

  @Field(() => Int, { nullable: true })
  column!: number | null;

  @Field(() => Int, { nullable: true })
  table!: number | null;

  @Field(() => Int, { nullable: true })
  row!: number | null;

  @Field(() => Int, { nullable: true })
  cell!: number | null;

  @Field({ description: 'In words, Chinese.' })
  description!: string;

  @Field()
  descriptionEn!: string;
}

@ObjectType('Cell', {
  description: 'One cell as read: its value, raw text and source.',
})
export class CellModel {
  @Field()
  metric!: string;

  @Field(() => ValueStatusEnum)
  status!: ValueStatusEnum;

  @Field(() => Float, { nullable: true, description: 'Money in 万元.' })
  value!: number | null;

  @Field({ description: 'The cell text exactly as in the document.' })
  raw!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Unit written in the cell.',
  })
  unit!: string | null;

  @Field(() => SourceLocationModel, { nullable: true })
  location!: SourceLocationModel | null;
}

@ObjectType('Finding')
export class FindingModel {
  @Field({ description: 'Stable code, e.g. R1, ROW_AMBIGUOUS.' })
  code!: string;

  @Field(() => SeverityEnum)
  severity!: SeverityEnum;

  @Field()
  message!: string;

  @Field()
  messageEn!: string;

  @Field(() => String, { nullable: true })
  metric!: string | null;

  @Field(() => [String], { description: 'Every metric involved.' })
  metrics!: string[];

  @Field(() => SourceLocationModel, { nullable: true })
  location!: SourceLocationModel | null;
}

@ObjectType('Section')
export class SectionModel {
  @Field()
  key!: string;

  @Field({ description: '一 … 六' })
  numeral!: string;

  @Field()
  heading!: string;

  @Field()
  standardHeading!: boolean;
}

@ObjectType('Table')
export class TableModel {
  @Field()
  key!: string;

  @Field(() => String, { nullable: true })
  generation!: string | null;

  @Field()
  truncated!: boolean;

  @Field()
  empty!: boolean;
}

@ObjectType('ExtraRow', {
  description: 'A local row of table 二 the format does not define.',
})
export class ExtraRowModel {
  @Field()
  id!: string;

  @Field()
  label!: string;

  @Field(() => [CellModel])
  cells!: CellModel[];
}

@ObjectType('ReadReport', {
  description: 'A document as read: tables cell by cell, and every finding.',
})
export class ReadReportModel {
  @Field()
  format!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  agency!: string | null;

  @Field(() => String, {
    nullable: true,
    description: '发布日期 stated in the document.',
  })
  publishedOn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'G0, G1 (2019 format) or G2 (2021 format).',
  })
  generation!: string | null;

  @Field()
  truncated!: boolean;

  @Field(() => [SectionModel])
  sections!: SectionModel[];

  @Field(() => [TableModel])
  tables!: TableModel[];

  @Field(() => [CellModel])
  cells!: CellModel[];

  @Field(() => [ExtraRowModel])
  extras!: ExtraRowModel[];

  @Field(() => [FindingModel])
  findings!: FindingModel[];

  @Field(() => Int)
  errorCount!: number;

  @Field(() => Int)
  warningCount!: number;
}
