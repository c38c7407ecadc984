import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DepartmentKindEnum {
  cityDepartment = 'cityDepartment',
  district = 'district',
  township = 'township',
  other = 'other',
}

registerEnumType(DepartmentKindEnum, {
  name: 'DepartmentKind',
  description: '市政府部门 / 区县政府 / 乡镇街道 / 其他',
});

@ObjectType('Department', {
  description: 'A body expected to publish an annual report.',
})
export class DepartmentModel {
  @Field(() => Int)
  id!: number;

  @Field({ description: 'Stable code, e.g. civil-affairs.' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => DepartmentKindEnum)
  kind!: DepartmentKindEnum;

  @Field(() => [String], {
    description: 'Other names used to match documents.',
  })
  aliases!: string[];

  @Field(() => Int, { nullable: true })
  parentId!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'First report year; null = always.',
  })
  activeFrom!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Last report year; null = still active.',
  })
  activeTo!: number | null;
}

@ObjectType('Lineage', {
  description: 'A reorganisation (机构改革) link between two departments.',
})
export class LineageModel {
  @Field(() => DepartmentModel)
  department!: DepartmentModel;

  @Field(() => Int, { description: 'First report year of the successor.' })
  year!: number;

  @Field({ description: 'merge, rename or split' })
  kind!: string;
}
