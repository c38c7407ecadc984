import { ReportStore } from '@gongkai/api-persistence';
import type { DirectoryDepartment, Lineage } from '@gongkai/api-persistence';
import { DERIVED_METRICS, METRICS } from '@gongkai/disclosure-domain';
import type { DepartmentKind } from '@gongkai/disclosure-domain';
import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { AuthService } from '../auth/auth.service';
import type { Principal } from '../auth/principal';
import { actorOf, Allow, CurrentPrincipal } from '../auth/principal';
import { InstallationInfo } from '../store/installation-info';
import type { DepartmentKindEnum } from '../common/department.model';
import { toDepartmentModel } from '../common/report.mapper';
import { CreateDepartmentInput, SetDeadlinesInput } from './catalogue.input';
import {
  DepartmentWithLineageModel,
  DerivedMetricModel,
  InstallationModel,
  MetricModel,
  ReportingCycleModel,
} from './catalogue.model';

const KINDS: DepartmentKind[] = [
  'cityDepartment',
  'district',
  'township',
  'other',
];

function withLineage(
  d: DirectoryDepartment,
  lineage: readonly Lineage[],
  byId: (id: number) => DirectoryDepartment | undefined,
): DepartmentWithLineageModel {
  const link = (id: number, l: Lineage) => {
    const other = byId(id);
    return other
      ? [{ department: toDepartmentModel(other), year: l.year, kind: l.kind }]
      : [];
  };
  return {
    ...toDepartmentModel(d),
    predecessors: lineage
      .filter((l) => l.successorId === d.id)
      .flatMap((l) => link(l.predecessorId, l)),
    successors: lineage
      .filter((l) => l.predecessorId === d.id)
      .flatMap((l) => link(l.successorId, l)),
  };
}

@Resolver()
export class CatalogueResolver {
  constructor(
    @Inject(ReportStore) private readonly store: ReportStore,
    @Inject(InstallationInfo)
    private readonly installationInfo: InstallationInfo,
    @Inject(AuthService) private readonly auth: AuthService,
  ) {}

  @Allow('public')
  @Query(() => [MetricModel], {
    description: 'Every metric of the official tables.',
  })
  metrics(): MetricModel[] {
    return METRICS.map((m) => ({
      id: m.id,
      table: m.table,
      row: m.row,
      column: m.column,
      labelZh: m.labelZh,
      labelEn: m.labelEn,
      unit: m.unit,
      generations: [...m.generations],
      comparableAcrossGenerations: m.comparableAcrossGenerations,
    }));
  }

  @Allow('public')
  @Query(() => [DerivedMetricModel], {
    description: 'Computed metrics and their formulas.',
  })
  derivedMetrics(): DerivedMetricModel[] {
    return DERIVED_METRICS.map((m) => ({
      id: m.id,
      labelZh: m.labelZh,
      labelEn: m.labelEn,
      formulaZh: m.formulaZh,
      formulaEn: m.formulaEn,
      unit: m.unit,
      inputs: [...m.inputs],
    }));
  }

  @Allow('catalogue')
  @Query(() => [DepartmentWithLineageModel], {
    description: 'Every department with its reorganisations.',
  })
  async departments(): Promise<DepartmentWithLineageModel[]> {
    const [all, lineage] = await Promise.all([
      this.store.departments(),
      this.store.lineage(),
    ]);
    return all.map((d) =>
      withLineage(d, lineage, (id) => this.store.directory.get(id)),
    );
  }

  @Allow('catalogue')
  @Query(() => [ReportingCycleModel], {
    description: 'Report years with their deadlines.',
  })
  async cycles(): Promise<ReportingCycleModel[]> {
    const years = await this.store.years();
    return Promise.all(years.map((y) => this.cycle(y)));
  }

  @Allow('public')
  @Query(() => InstallationModel)
  async installation(): Promise<InstallationModel> {
    return this.installationInfo.get();
  }

  @Allow('admin')
  @Mutation(() => DepartmentWithLineageModel)
  async createDepartment(
    @Args('input') input: CreateDepartmentInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<DepartmentWithLineageModel> {
    const d = await this.store.createDepartment({
      name: input.name,
      kind: input.kind,
      ...(input.code ? { code: input.code } : {}),
      aliases: input.aliases ?? [],
      parentCode: input.parentCode ?? null,
      activeFrom: input.activeFrom ?? null,
    });
    await this.auth.access.audit(actorOf(p), {
      action: 'department_add',
      target: `department:${d.code}`,
      details: { name: d.name, kind: d.kind },
    });
    return withLineage(d, [], () => undefined);
  }

  @Allow('admin')
  @Mutation(() => ReportingCycleModel)
  async setDeadlines(
    @Args('input') input: SetDeadlinesInput,
    @CurrentPrincipal() p: Principal,
  ): Promise<ReportingCycleModel> {
    await this.store.setDeadlines(input.year, {
      cityDepartment: input.cityDepartment,
      district: input.district,
      township: input.township,
      other: input.other,
    });
    await this.auth.access.audit(actorOf(p), {
      action: 'deadlines_set',
      target: `cycle:${input.year}`,
      details: { ...input },
    });
    return this.cycle(input.year);
  }

  private async cycle(year: number): Promise<ReportingCycleModel> {
    const [rules, dates] = await Promise.all([
      this.store.deadlines(year),
      this.store.deadlineDates(year),
    ]);
    return {
      year,
      configured: rules.configured,
      deadlines: KINDS.map((kind) => ({
        kind: kind as DepartmentKindEnum,
        deadline: dates[kind],
      })),
    };
  }
}
