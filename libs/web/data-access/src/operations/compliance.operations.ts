import { graphql } from '../generated';

export const complianceBoardQuery = graphql(`
  query ComplianceBoard(
    $year: Int!
    $kinds: [DepartmentKind!]
    $statuses: [BoardStatus!]
    $includeNotExpected: Boolean!
    $limit: Int!
    $offset: Int!
    $now: String
  ) {
    complianceBoard(
      year: $year
      kinds: $kinds
      statuses: $statuses
      includeNotExpected: $includeNotExpected
      limit: $limit
      offset: $offset
      now: $now
    ) {
      year
      onTime
      late
      totalRows
      counts {
        accepted
        submitted
        submittedWithErrors
        pending
        returned
        missing
        notExpected
      }
      rows {
        year
        status
        expected
        submitted
        onTime
        daysLate
        deadline
        errorCount
        warningCount
        versions
        submissionId
        firstReceivedAt
        latestReceivedAt
        department {
          id
          name
          kind
        }
      }
    }
  }
`);
