import { Field, Int, ObjectType } from '@nestjs/graphql';

import {
  DepartmentKindEnum,
  DepartmentModel,
  LineageModel,
} from '../common/department.model';

@ObjectType('Metric', {
  description: 'A metric of the official tables (metrics.md).',
})
export class MetricModel {
  @Field({ description: 'Stable id, e.g. applications.received.total.' })
  id!: string;

  @Field({ description: 'proactive, applications or reviewLitigation' })
  table!: string;

  @Field()
  row!: string;

  @Field()
  column!: string;

  @Field()
  labelZh!: string;

  @Field()
  labelEn!: string;

  @Field({ description: 'count, signedCount or wanYuan' })
  unit!: string;

  @Field(() => [String], {
    description: 'Format generations that have the metric.',
  })
  generations!: string[];

  @Field({ description: 'Same meaning in G1 and G2: a series may join them.' })
  comparableAcrossGenerations!: boolean;
}

@ObjectType('DerivedMetric', {
  description: 'A metric computed from parsed values, with its formula.',
})
export class DerivedMetricModel {
  @Field()
  id!: string;

  @Field()
  labelZh!: string;

  @Field()
  labelEn!: string;

  @Field()
  formulaZh!: string;

  @Field()
  formulaEn!: string;

  @Field({ description: 'ratio or count' })
  unit!: string;

  @Field(() => [String])
  inputs!: string[];
}

@ObjectType('DepartmentWithLineage')
export class DepartmentWithLineageModel extends DepartmentModel {
  @Field(() => [LineageModel], {
    description: 'Bodies merged or renamed into this one.',
  })
  predecessors!: LineageModel[];

  @Field(() => [LineageModel], { description: 'Bodies this one became.' })
  successors!: LineageModel[];
}

@ObjectType('KindDeadline')
export class KindDeadlineModel {
  @Field(() => DepartmentKindEnum)
  kind!: DepartmentKindEnum;

  @Field({ description: 'yyyy-mm-dd, Beijing time.' })
  deadline!: string;
}

@ObjectType('ReportingCycle', {
  description: 'A report year and its deadlines per department kind.',
})
export class ReportingCycleModel {
  @Field(() => Int)
  year!: number;

  @Field({ description: 'false: the defaults of the regulation apply.' })
  configured!: boolean;

  @Field(() => [KindDeadlineModel])
  deadlines!: KindDeadlineModel[];
}

@ObjectType('Installation', {
  description:
    'What this installation is: the city it serves, and whether it holds the demo city.',
})
export class InstallationModel {
  @Field(() => String, {
    nullable: true,
    description:
      'The city served: GONGKAI_CITY, else the demo city when the database holds it; null when neither.',
  })
  city!: string | null;

  @Field()
  demo!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The demo city name, 示例市.',
  })
  demoCity!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The fixed "today" of the demo.',
  })
  demoNow!: string | null;
}
