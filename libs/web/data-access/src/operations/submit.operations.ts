import { graphql } from '../generated';

export const previewDocumentMutation = graphql(`
  mutation PreviewDocument($input: DocumentInput!) {
    previewDocument(input: $input) {
      year
      department {
        id
        name
        kind
      }
      report {
        ...ReadReportFields
      }
    }
  }
`);

export const submitDocumentMutation = graphql(`
  mutation SubmitDocument($input: DocumentInput!) {
    submitDocument(input: $input) {
      outcome
      submission {
        ...SubmissionFields
      }
    }
  }
`);

export const historyQuery = graphql(`
  query History($departmentId: Int!, $year: Int!) {
    reportHistory(departmentId: $departmentId, year: $year) {
      ...SubmissionFields
    }
  }
`);

/** Every version a department handed in, of every year: a bureau's own list. */
export const departmentHistoryQuery = graphql(`
  query DepartmentHistory($departmentId: Int!) {
    reportHistory(departmentId: $departmentId) {
      ...SubmissionFields
    }
  }
`);
