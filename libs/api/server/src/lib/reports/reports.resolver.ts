import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import type { Principal } from '../auth/principal';
import { Allow, assertDepartment, CurrentPrincipal } from '../auth/principal';
import type { RequestContext } from '../common/loaders';
import { toFindingModel } from '../common/report.mapper';
import { FindingModel } from '../common/report.model';
import { SubmissionModel } from '../common/submission.model';
import {
  BoardArgs,
  DiffArgs,
  FindingsArgs,
  RankingArgs,
  ReportArgs,
  SeriesArgs,
  SeriesMatrixArgs,
  CityTablesArgs,
  CityTotalsArgs,
} from './reports.args';
import {
  CityTablesModel,
  CityTotalModel,
  ComplianceBoardModel,
  FindingPageModel,
  RankingEntryModel,
  ReportModel,
  SeriesMatrixModel,
  SeriesPageModel,
  ValueChangeModel,
} from './reports.model';
import { ReportsService } from './reports.service';

@Resolver()
export class ReportsResolver {
  constructor(
    @Inject(ReportsService) private readonly service: ReportsService,
  ) {}

  @Allow('read')
  @Query(() => ReportModel, {
    description:
      'One report: every value with its raw text and source, and its findings.',
  })
  report(
    @Args() a: ReportArgs,
    @CurrentPrincipal() p: Principal,
  ): Promise<ReportModel> {
    assertDepartment(p, a.departmentId);
    return this.service.report(a.departmentId, a.year, a.version ?? undefined);
  }

  @Allow('read')
  @Query(() => [SubmissionModel], {
    description:
      'Every version of a report, oldest first; without a year, of every year (earlier years first).',
  })
  reportHistory(
    @Args('departmentId', { type: () => Int }) departmentId: number,
    @Args('year', { type: () => Int, nullable: true }) year: number | null,
    @CurrentPrincipal() p: Principal,
  ): Promise<SubmissionModel[]> {
    assertDepartment(p, departmentId);
    return this.service.history(departmentId, year ?? undefined);
  }

  @Allow('read')
  @Query(() => [ValueChangeModel], {
    description: 'The values that differ between two versions.',
  })
  reportDiff(
    @Args() a: DiffArgs,
    @CurrentPrincipal() p: Principal,
  ): Promise<ValueChangeModel[]> {
    assertDepartment(p, a.departmentId);
    return this.service.diff(a.departmentId, a.year, a.from, a.to);
  }

  @Allow('aggregate')
  @Query(() => SeriesPageModel, {
    description: 'Metrics × departments × years, every point with its status.',
  })
  series(@Args() a: SeriesArgs): Promise<SeriesPageModel> {
    return this.service.series(a);
  }

  @Allow('aggregate')
  @Query(() => SeriesMatrixModel, {
    description:
      'The series of every selected department at once, packed (see SeriesMatrix).',
  })
  seriesMatrix(@Args() a: SeriesMatrixArgs): Promise<SeriesMatrixModel> {
    return this.service.seriesMatrix(a);
  }

  @Allow('aggregate')
  @Query(() => [CityTotalModel], {
    description: 'City totals per year over the counted reports.',
  })
  cityTotals(@Args() a: CityTotalsArgs): Promise<CityTotalModel[]> {
    return this.service.cityTotals(a.metrics, a.from, a.to);
  }

  @Allow('aggregate')
  @Query(() => CityTablesModel, {
    description:
      'The three statistical tables of a year in its official format, summed over the counted reports (全市汇总表).',
  })
  cityTables(@Args() a: CityTablesArgs): Promise<CityTablesModel> {
    return this.service.cityTables(a);
  }

  @Allow('aggregate')
  @Query(() => [RankingEntryModel], {
    description: 'Departments ranked by a metric in a year.',
  })
  ranking(@Args() a: RankingArgs): Promise<RankingEntryModel[]> {
    return this.service.ranking(a);
  }

  @Allow('staff')
  @Query(() => ComplianceBoardModel, {
    description: 'Every expected department for a year and its reporting.',
  })
  complianceBoard(@Args() a: BoardArgs): Promise<ComplianceBoardModel> {
    return this.service.board(a);
  }

  @Allow('read')
  @Query(() => FindingPageModel, {
    description: 'Findings by year, department, code and severity.',
  })
  findings(
    @Args() a: FindingsArgs,
    @CurrentPrincipal() p: Principal,
  ): Promise<FindingPageModel> {
    const own = p.user?.role === 'submitter' ? p.user.departmentId : null;
    // A submitter sees its own department's findings, whatever it asks for.
    return this.service.findings(
      own === null ? a : { ...a, departmentIds: [own] },
    );
  }
}

/** A version's findings, loaded in one batch for a whole list of versions. */
@Resolver(() => SubmissionModel)
export class SubmissionFieldsResolver {
  @ResolveField(() => [FindingModel])
  async findings(
    @Parent() s: SubmissionModel,
    @Context() ctx: RequestContext,
  ): Promise<FindingModel[]> {
    return (await ctx.loaders.findings.load(s.id)).map(toFindingModel);
  }
}
