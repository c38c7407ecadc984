import { graphql } from '../generated';

export const cityTotalsQuery = graphql(`
  query CityTotals($from: Int!, $to: Int!, $metrics: [String!]!) {
    cityTotals(from: $from, to: $to, metrics: $metrics) {
      year
      metric
      total
      reported
      blank
      notApplicable
      unreadable
    }
  }
`);

export const boardSummaryQuery = graphql(`
  query BoardSummary($year: Int!, $now: String) {
    complianceBoard(year: $year, now: $now, limit: 1) {
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
    }
  }
`);
