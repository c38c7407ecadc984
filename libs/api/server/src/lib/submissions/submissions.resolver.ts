import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';

import { SubmissionModel } from '../common/submission.model';
import { DocumentInput, ReviewInput } from './submission.input';
import { PreviewModel, SubmitResultModel } from './submission.model';
import { SubmissionsService } from './submissions.service';

@Resolver()
export class SubmissionsResolver {
  constructor(
    @Inject(SubmissionsService) private readonly service: SubmissionsService,
  ) {}

  @Mutation(() => PreviewModel, {
    description: 'Reads and checks a document; writes nothing.',
  })
  previewDocument(@Args('input') input: DocumentInput): Promise<PreviewModel> {
    return this.service.preview({
      ...input,
      bytes: this.service.documentBytes(input.text, input.base64),
    });
  }

  @Mutation(() => SubmitResultModel, {
    description:
      'Submits a document as a new version of its department’s report.',
  })
  submitDocument(
    @Args('input') input: DocumentInput,
  ): Promise<SubmitResultModel> {
    return this.service.submit({
      ...input,
      bytes: this.service.documentBytes(input.text, input.base64),
    });
  }

  @Mutation(() => SubmissionModel, {
    description: 'Returns the current version to its bureau with a comment.',
  })
  returnSubmission(
    @Args('input') input: ReviewInput,
  ): Promise<SubmissionModel> {
    return this.service.returnSubmission(
      input.submissionId,
      input.comment ?? '',
      input.reviewer ?? 'office',
    );
  }

  @Mutation(() => SubmissionModel, {
    description: 'Accepts the current version.',
  })
  acceptSubmission(
    @Args('input') input: ReviewInput,
  ): Promise<SubmissionModel> {
    return this.service.accept(
      input.submissionId,
      input.comment ?? null,
      input.reviewer ?? 'office',
      input.acknowledgeErrors,
    );
  }
}
