import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';

import type { Principal } from '../auth/principal';
import { Allow, CurrentPrincipal } from '../auth/principal';
import { SubmissionModel } from '../common/submission.model';
import { DocumentInput, ReviewInput } from './submission.input';
import { PreviewModel, SubmitResultModel } from './submission.model';
import { SubmissionsService } from './submissions.service';

@Resolver()
export class SubmissionsResolver {
  constructor(
    @Inject(SubmissionsService) private readonly service: SubmissionsService,
  ) {}

  @Allow('submit')
  @Mutation(() => PreviewModel, {
    description: 'Reads and checks a document; writes nothing.',
  })
  previewDocument(
    @Args('input') input: DocumentInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<PreviewModel> {
    return this.service.preview(p, {
      ...input,
      bytes: this.service.documentBytes(input.text, input.base64),
    });
  }

  @Allow('submit')
  @Mutation(() => SubmitResultModel, {
    description:
      'Submits a document as a new version of its department’s report.',
  })
  submitDocument(
    @Args('input') input: DocumentInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<SubmitResultModel> {
    return this.service.submit(p, {
      ...input,
      bytes: this.service.documentBytes(input.text, input.base64),
    });
  }

  @Allow('admin')
  @Mutation(() => SubmissionModel, {
    description: 'Returns the current version to its bureau with a comment.',
  })
  returnSubmission(
    @Args('input') input: ReviewInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<SubmissionModel> {
    return this.service.returnSubmission(
      p,
      input.submissionId,
      input.comment ?? '',
    );
  }

  @Allow('admin')
  @Mutation(() => SubmissionModel, {
    description: 'Accepts the current version.',
  })
  acceptSubmission(
    @Args('input') input: ReviewInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<SubmissionModel> {
    return this.service.accept(
      p,
      input.submissionId,
      input.comment ?? null,
      input.acknowledgeErrors,
    );
  }
}
