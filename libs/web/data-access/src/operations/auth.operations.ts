import { graphql } from '../generated';

export const userFields = graphql(`
  fragment UserFields on User {
    id
    username
    displayName
    role
    disabled
    createdAt
    updatedAt
    department {
      id
      name
      code
    }
  }
`);

export const sessionQuery = graphql(`
  query Session {
    session {
      publicRead
      user {
        ...UserFields
      }
    }
    installation {
      city
      demo
      demoCity
      demoNow
    }
  }
`);

export const loginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...UserFields
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const usersQuery = graphql(`
  query Users {
    users {
      ...UserFields
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const updateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);

export const auditLogQuery = graphql(`
  query AuditLog(
    $actions: [String!]
    $actor: String
    $from: String
    $to: String
    $limit: Int!
    $offset: Int!
  ) {
    auditLog(
      actions: $actions
      actor: $actor
      from: $from
      to: $to
      limit: $limit
      offset: $offset
    ) {
      total
      rows {
        id
        at
        actor
        action
        target
        details
        ip
      }
    }
  }
`);
