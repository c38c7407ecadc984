import { Field, Int, ObjectType } from '@nestjs/graphql';

import { DepartmentModel } from '../common/department.model';
import { ReadReportModel } from '../common/report.model';
import { SubmissionModel } from '../common/submission.model';

@ObjectType('Preview', {
  description: 'How a document reads, before anything is written.',
})
export class PreviewModel {
  @Field(() => ReadReportModel)
  report!: ReadReportModel;

  @Field(() => DepartmentModel, {
    nullable: true,
    description: 'The department it would be filed under.',
  })
  department!: DepartmentModel | null;

  @Field(() => Int, { nullable: true })
  year!: number | null;
}

@ObjectType('SubmitResult')
export class SubmitResultModel {
  @Field({
    description:
      'created: a new version; unchanged: the same document was already there.',
  })
  outcome!: string;

  @Field(() => SubmissionModel)
  submission!: SubmissionModel;
}
