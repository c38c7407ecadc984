import { graphql } from '../generated';

export const seriesQuery = graphql(`
  query Series(
    $metrics: [String!]!
    $from: Int!
    $to: Int!
    $departments: DepartmentFilterInput
    $limit: Int!
  ) {
    series(
      metrics: $metrics
      from: $from
      to: $to
      departments: $departments
      limit: $limit
    ) {
      totalDepartments
      lines {
        metric
        department {
          id
          name
          kind
        }
        points {
          year
          value
          status
          expected
          submissionId
          viaPredecessors
        }
      }
    }
  }
`);

export const seriesMatrixQuery = graphql(`
  query SeriesMatrix(
    $metrics: [String!]!
    $from: Int!
    $to: Int!
    $departments: DepartmentFilterInput
  ) {
    seriesMatrix(
      metrics: $metrics
      from: $from
      to: $to
      departments: $departments
    ) {
      from
      to
      metrics
      departmentIds
      values
      statuses
    }
  }
`);

export const rankingQuery = graphql(`
  query Ranking(
    $metric: String!
    $year: Int!
    $kinds: [DepartmentKind!]
    $limit: Int!
    $ascending: Boolean!
  ) {
    ranking(
      metric: $metric
      year: $year
      kinds: $kinds
      limit: $limit
      ascending: $ascending
    ) {
      rank
      value
      submissionId
      department {
        id
        name
        kind
      }
    }
  }
`);
