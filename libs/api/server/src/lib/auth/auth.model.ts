import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { DepartmentModel } from '../common/department.model';

export enum RoleEnum {
  admin = 'admin',
  submitter = 'submitter',
  viewer = 'viewer',
}

registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'admin: the disclosure office, everything; submitter: one bureau, its own reports; viewer: reads everything, changes nothing',
});

@ObjectType('User')
export class UserModel {
  @Field(() => Int)
  id!: number;

  @Field()
  username!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: RoleEnum;

  @Field(() => DepartmentModel, {
    nullable: true,
    description: 'The department a submitter works for.',
  })
  department!: DepartmentModel | null;

  @Field()
  disabled!: boolean;

  @Field({ description: 'ISO 8601, UTC.' })
  createdAt!: string;

  @Field({ description: 'ISO 8601, UTC.' })
  updatedAt!: string;
}

@ObjectType('Session', { description: 'Who is logged in, if anyone.' })
export class SessionModel {
  @Field(() => UserModel, { nullable: true })
  user!: UserModel | null;

  @Field({
    description:
      'GONGKAI_PUBLIC_READ: published aggregates can be read without logging in.',
  })
  publicRead!: boolean;
}

@ObjectType('AuditEntry', {
  description: 'One line of the append-only audit log.',
})
export class AuditEntryModel {
  @Field(() => Int)
  id!: number;

  @Field({ description: 'ISO 8601, UTC.' })
  at!: string;

  @Field({ description: 'Username, or system / anonymous.' })
  actor!: string;

  @Field({
    description:
      'login, login_failed, logout, password_change, submit, import, return, accept, user_add, user_update, department_add, deadlines_set, export, backup, restore',
  })
  action!: string;

  @Field({ description: 'What it was done to, e.g. submission:12.' })
  target!: string;

  @Field({ description: 'The particulars, as JSON.' })
  details!: string;

  @Field({ description: 'The address the request came from.' })
  ip!: string;
}

@ObjectType('AuditPage')
export class AuditPageModel {
  @Field(() => [AuditEntryModel])
  rows!: AuditEntryModel[];

  @Field(() => Int)
  total!: number;
}
