import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DepartmentModel } from './department.model';

export enum SubmissionStatusEnum {
  submitted = 'submitted',
  returned = 'returned',
  accepted = 'accepted',
}
registerEnumType(SubmissionStatusEnum, {
  name: 'SubmissionStatus',
  description: 'submitted; returned with a comment; accepted',
});

@ObjectType('Submission', {
  description: 'One version of a department’s report for a year.',
})
export class SubmissionModel {
  @Field(() => Int)
  id!: number;

  @Field(() => Int)
  departmentId!: number;

  @Field(() => DepartmentModel)
  department!: DepartmentModel;

  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  version!: number;

  @Field()
  fileName!: string;

  @Field()
  mediaType!: string;

  @Field({ description: 'SHA-256 of the document bytes.' })
  sha256!: string;

  @Field(() => Int)
  size!: number;

  @Field({ description: 'text, html or docx' })
  format!: string;

  @Field(() => String, { nullable: true })
  generation!: string | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  publishedOn!: string | null;

  @Field({ description: 'ISO 8601, UTC.' })
  receivedAt!: string;

  @Field()
  submittedBy!: string;

  @Field(() => SubmissionStatusEnum)
  status!: SubmissionStatusEnum;

  @Field({
    description: 'The version that counts: the latest one not returned.',
  })
  counted!: boolean;

  @Field(() => String, { nullable: true })
  reviewComment!: string | null;

  @Field(() => String, { nullable: true })
  reviewedBy!: string | null;

  @Field(() => String, { nullable: true })
  reviewedAt!: string | null;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => Int)
  warningCount!: number;

  @Field(() => Int)
  infoCount!: number;

  @Field({ description: 'Path of the source document (GET).' })
  documentUrl!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Path of a DOCX source as its reader saw it: paragraphs and table cells at the locations values name (GET, JSON); null for text and HTML.',
  })
  outlineUrl!: string | null;
}
