import { graphql } from '../generated';

export const readReportFields = graphql(`
  fragment ReadReportFields on ReadReport {
    agency
    title
    year
    format
    generation
    publishedOn
    truncated
    errorCount
    warningCount
    tables {
      key
      generation
      empty
      truncated
    }
    sections {
      key
      numeral
      heading
      standardHeading
    }
    cells {
      metric
      status
      value
      raw
      unit
      location {
        ...LocationFields
      }
    }
    extras {
      id
      label
      cells {
        metric
        status
        value
        raw
        unit
      }
    }
    findings {
      ...FindingFields
    }
  }
`);

export const locationFields = graphql(`
  fragment LocationFields on SourceLocation {
    kind
    line
    column
    table
    row
    cell
    description
    descriptionEn
  }
`);

export const findingFields = graphql(`
  fragment FindingFields on Finding {
    code
    severity
    message
    messageEn
    metric
    metrics
    location {
      ...LocationFields
    }
  }
`);

export const submissionFields = graphql(`
  fragment SubmissionFields on Submission {
    id
    departmentId
    year
    version
    status
    counted
    fileName
    mediaType
    format
    generation
    size
    sha256
    receivedAt
    publishedOn
    submittedBy
    reviewComment
    reviewedAt
    reviewedBy
    errorCount
    warningCount
    documentUrl
    outlineUrl
    department {
      id
      name
      kind
    }
  }
`);

export const reportQuery = graphql(`
  query Report($departmentId: Int!, $year: Int!, $version: Int) {
    report(departmentId: $departmentId, year: $year, version: $version) {
      demo
      submission {
        ...SubmissionFields
      }
      read {
        ...ReadReportFields
      }
    }
    reportHistory(departmentId: $departmentId, year: $year) {
      ...SubmissionFields
    }
  }
`);

export const reportDiffQuery = graphql(`
  query ReportDiff($departmentId: Int!, $year: Int!, $from: Int!, $to: Int!) {
    reportDiff(departmentId: $departmentId, year: $year, from: $from, to: $to) {
      metric
      before {
        status
        value
        raw
      }
      after {
        status
        value
        raw
      }
    }
  }
`);

export const returnSubmissionMutation = graphql(`
  mutation ReturnSubmission($input: ReviewInput!) {
    returnSubmission(input: $input) {
      ...SubmissionFields
    }
  }
`);

export const acceptSubmissionMutation = graphql(`
  mutation AcceptSubmission($input: ReviewInput!) {
    acceptSubmission(input: $input) {
      ...SubmissionFields
    }
  }
`);
