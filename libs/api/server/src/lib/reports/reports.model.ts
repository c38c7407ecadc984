import {
  Field,
  Float,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

import {
  DepartmentKindEnum,
  DepartmentModel,
} from '../common/department.model';
import {
  CellModel,
  FindingModel,
  ReadReportModel,
} from '../common/report.model';
import { SubmissionModel } from '../common/submission.model';

export enum PointStatusEnum {
  reported = 'reported',
  blank = 'blank',
  notApplicable = 'notApplicable',
  unreadable = 'unreadable',
  notInGeneration = 'notInGeneration',
  missingReport = 'missingReport',
}
registerEnumType(PointStatusEnum, {
  name: 'PointStatus',
  description:
    'reported; blank (not reported, not zero); notApplicable (/); unreadable; notInGeneration (the format of that year has no such cell: never join the line across it); missingReport',
});

export enum BoardStatusEnum {
  accepted = 'accepted',
  submittedWithErrors = 'submittedWithErrors',
  submitted = 'submitted',
  returned = 'returned',
  missing = 'missing',
  pending = 'pending',
  notExpected = 'notExpected',
}
registerEnumType(BoardStatusEnum, { name: 'BoardStatus' });

@ObjectType('Report', {
  description: 'A version of a report with everything read from it.',
})
export class ReportModel {
  @Field(() => SubmissionModel)
  submission!: SubmissionModel;

  @Field(() => ReadReportModel)
  read!: ReadReportModel;

  @Field({ description: 'Marked true for the demo city’s made-up reports.' })
  demo!: boolean;
}

@ObjectType('ValueChange')
export class ValueChangeModel {
  @Field()
  metric!: string;

  @Field(() => CellModel, { nullable: true })
  before!: CellModel | null;

  @Field(() => CellModel, { nullable: true })
  after!: CellModel | null;
}

@ObjectType('SeriesPoint')
export class SeriesPointModel {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => PointStatusEnum)
  status!: PointStatusEnum;

  @Field({ description: 'false: the department did not exist that year.' })
  expected!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the value comes from.',
  })
  submissionId!: number | null;

  @Field(() => [String], {
    description: 'Predecessor codes whose reports stand in for this year.',
  })
  viaPredecessors!: string[];
}

@ObjectType('SeriesLine')
export class SeriesLineModel {
  @Field()
  metric!: string;

  @Field(() => DepartmentModel)
  department!: DepartmentModel;

  @Field(() => [SeriesPointModel])
  points!: SeriesPointModel[];
}

@ObjectType('SeriesPage', { description: 'A page of departments’ series.' })
export class SeriesPageModel {
  @Field(() => [SeriesLineModel])
  lines!: SeriesLineModel[];

  @Field(() => Int)
  totalDepartments!: number;

  @Field(() => Int)
  offset!: number;
}

@ObjectType('SeriesMatrix', {
  description:
    'Series of every selected department at once, packed for charts of thousands of departments. Points are ordered metric, then department (as in departmentIds), then year.',
})
export class SeriesMatrixModel {
  @Field(() => [String])
  metrics!: string[];

  @Field(() => [Int], {
    description: 'Department ids; details from the departments query.',
  })
  departmentIds!: number[];

  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;

  @Field({
    description:
      'Base64 of little-endian float64 values, one per point; NaN where there is no value.',
  })
  values!: string;

  @Field({
    description:
      'One character per point: r reported, b blank, x not applicable, u unreadable, g not in this format generation, m missing report.',
  })
  statuses!: string;
}

@ObjectType('CityTableCell', {
  description:
    'A cell of the city-wide tables: the sum of the reports’ numbers.',
})
export class CityTableCellModel {
  @Field()
  metric!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Null when no report gave a number.',
  })
  value!: number | null;

  @Field(() => Int, { description: 'Reports that gave a number.' })
  reports!: number;
}

@ObjectType('GenerationCount')
export class GenerationCountModel {
  @Field({ description: 'G0, G1 or G2: the format the reports were in.' })
  generation!: string;

  @Field(() => Int)
  reports!: number;
}

@ObjectType('CityTables', {
  description:
    'The three statistical tables of a year in its official format, summed over the counted reports of a selection of departments.',
})
export class CityTablesModel {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'The format of the year (G1 or G2): the layout.' })
  generation!: string;

  @Field(() => [DepartmentKindEnum])
  kinds!: DepartmentKindEnum[];

  @Field()
  acceptedOnly!: boolean;

  @Field(() => [GenerationCountModel], {
    description:
      'The reports summed, by their format; one in the other format adds to the cells both share.',
  })
  reports!: GenerationCountModel[];

  @Field(() => [CityTableCellModel])
  cells!: CityTableCellModel[];
}

@ObjectType('CityTotal', {
  description: 'A city total over the counted reports of a year.',
})
export class CityTotalModel {
  @Field(() => Int)
  year!: number;

  @Field()
  metric!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'The sum over the reports with a number; null when none had one (blank is not zero).',
  })
  total!: number | null;

  @Field(() => Int, { description: 'Reports with a number in this cell.' })
  reported!: number;

  @Field(() => Int)
  blank!: number;

  @Field(() => Int)
  notApplicable!: number;

  @Field(() => Int)
  unreadable!: number;
}

@ObjectType('RankingEntry')
export class RankingEntryModel {
  @Field(() => Int)
  rank!: number;

  @Field(() => DepartmentModel)
  department!: DepartmentModel;

  @Field(() => Float)
  value!: number;

  @Field(() => Int)
  submissionId!: number;
}

@ObjectType('BoardRow')
export class BoardRowModel {
  @Field(() => DepartmentModel)
  department!: DepartmentModel;

  @Field(() => Int)
  year!: number;

  @Field()
  expected!: boolean;

  @Field(() => BoardStatusEnum)
  status!: BoardStatusEnum;

  @Field()
  submitted!: boolean;

  @Field({ description: 'yyyy-mm-dd' })
  deadline!: string;

  @Field(() => Boolean, { nullable: true })
  onTime!: boolean | null;

  @Field(() => Int, { nullable: true })
  daysLate!: number | null;

  @Field(() => String, { nullable: true })
  firstReceivedAt!: string | null;

  @Field(() => String, { nullable: true })
  latestReceivedAt!: string | null;

  @Field(() => Int)
  versions!: number;

  @Field(() => Int, { nullable: true })
  submissionId!: number | null;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => Int)
  warningCount!: number;
}

@ObjectType('BoardCounts')
export class BoardCountsModel {
  @Field(() => Int) accepted!: number;
  @Field(() => Int) submittedWithErrors!: number;
  @Field(() => Int) submitted!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int) missing!: number;
  @Field(() => Int) pending!: number;
  @Field(() => Int) notExpected!: number;
}

@ObjectType('ComplianceBoard', {
  description: 'Who has reported for a year, on time or not, and how.',
})
export class ComplianceBoardModel {
  @Field(() => Int)
  year!: number;

  @Field(() => [BoardRowModel])
  rows!: BoardRowModel[];

  @Field(() => Int)
  totalRows!: number;

  @Field(() => BoardCountsModel)
  counts!: BoardCountsModel;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int)
  late!: number;
}

@ObjectType('FindingEntry')
export class FindingEntryModel extends FindingModel {
  @Field(() => Int)
  submissionId!: number;

  @Field(() => DepartmentModel)
  department!: DepartmentModel;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType('FindingPage')
export class FindingPageModel {
  @Field(() => [FindingEntryModel])
  rows!: FindingEntryModel[];

  @Field(() => Int)
  total!: number;
}
