/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  | T
  | {
      [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never;
    };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type BoardStatus =
  | 'accepted'
  | 'missing'
  | 'notExpected'
  | 'pending'
  | 'returned'
  | 'submitted'
  | 'submittedWithErrors';

export type ChangePasswordInput = {
  currentPassword: string;
  /** At least 10 characters. */
  newPassword: string;
};

export type CreateUserInput = {
  /** Required for a submitter. */
  departmentId?: number | null | undefined;
  displayName?: string | null | undefined;
  /** At least 10 characters. */
  password: string;
  role: Role;
  /** 2–64 letters, digits or . _ - */
  username: string;
};

/** Which departments: given ids, or all matching kinds / parent / search. */
export type DepartmentFilterInput = {
  ids?: Array<number> | null | undefined;
  kinds?: Array<DepartmentKind> | null | undefined;
  parentId?: number | null | undefined;
  search?: string | null | undefined;
};

/** 市政府部门 / 区县政府 / 乡镇街道 / 其他 */
export type DepartmentKind =
  'cityDepartment' | 'district' | 'other' | 'township';

export type DocumentInput = {
  /** The file bytes in base64 (e.g. DOCX). */
  base64?: string | null | undefined;
  /** Create the department the document names when none matches (the office’s bulk import). */
  createDepartment?: boolean;
  /** Department code, name or alias; otherwise the agency the document names. */
  department?: string | null | undefined;
  /** File name, e.g. 民政局2024年报.docx; kept with the version. */
  fileName: string;
  /** @deprecated Ignored: the media type is read from the content (a DOCX, HTML or text). */
  mediaType?: string | null | undefined;
  /** Who hands it in. */
  submittedBy?: string | null | undefined;
  /** Text or HTML, as pasted. */
  text?: string | null | undefined;
  /** Report year; otherwise read from the document. */
  year?: number | null | undefined;
};

export type LoginInput = {
  password: string;
  username: string;
};

/** reported; blank (not reported, not zero); notApplicable (/); unreadable; notInGeneration (the format of that year has no such cell: never join the line across it); missingReport */
export type PointStatus =
  | 'blank'
  | 'missingReport'
  | 'notApplicable'
  | 'notInGeneration'
  | 'reported'
  | 'unreadable';

export type ReviewInput = {
  /** Accept a version that has errors. */
  acknowledgeErrors?: boolean;
  /** Required when returning. */
  comment?: string | null | undefined;
  submissionId: number;
};

/** admin: the disclosure office, everything; submitter: one bureau, its own reports; viewer: reads everything, changes nothing */
export type Role = 'admin' | 'submitter' | 'viewer';

export type Severity = 'error' | 'info' | 'warning';

/** submitted; returned with a comment; accepted */
export type SubmissionStatus = 'accepted' | 'returned' | 'submitted';

export type UpdateUserInput = {
  departmentId?: number | null | undefined;
  disabled?: boolean | null | undefined;
  displayName?: string | null | undefined;
  id: number;
  /** A new password set by the office (at least 10 characters). */
  password?: string | null | undefined;
  role?: Role | null | undefined;
};

/** number; blank (empty cell, not zero); notApplicable (/); unreadable (with a finding) */
export type ValueStatus = 'blank' | 'notApplicable' | 'number' | 'unreadable';

export type UserFieldsFragment = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  department: { id: number; name: string; code: string } | null;
};

export type SessionQueryVariables = Exact<{ [key: string]: never }>;

export type SessionQuery = {
  session: {
    publicRead: boolean;
    user: {
      id: number;
      username: string;
      displayName: string;
      role: Role;
      disabled: boolean;
      createdAt: string;
      updatedAt: string;
      department: { id: number; name: string; code: string } | null;
    } | null;
  };
  installation: {
    city: string | null;
    demo: boolean;
    demoCity: string | null;
    demoNow: string | null;
  };
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    id: number;
    username: string;
    displayName: string;
    role: Role;
    disabled: boolean;
    createdAt: string;
    updatedAt: string;
    department: { id: number; name: string; code: string } | null;
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;

export type ChangePasswordMutation = { changePassword: boolean };

export type UsersQueryVariables = Exact<{ [key: string]: never }>;

export type UsersQuery = {
  users: Array<{
    id: number;
    username: string;
    displayName: string;
    role: Role;
    disabled: boolean;
    createdAt: string;
    updatedAt: string;
    department: { id: number; name: string; code: string } | null;
  }>;
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type CreateUserMutation = {
  createUser: {
    id: number;
    username: string;
    displayName: string;
    role: Role;
    disabled: boolean;
    createdAt: string;
    updatedAt: string;
    department: { id: number; name: string; code: string } | null;
  };
};

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;

export type UpdateUserMutation = {
  updateUser: {
    id: number;
    username: string;
    displayName: string;
    role: Role;
    disabled: boolean;
    createdAt: string;
    updatedAt: string;
    department: { id: number; name: string; code: string } | null;
  };
};

export type AuditLogQueryVariables = Exact<{
  actions?: Array<string> | string | null | undefined;
  actor?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit: number;
  offset: number;
}>;

export type AuditLogQuery = {
  auditLog: {
    total: number;
    rows: Array<{
      id: number;
      at: string;
      actor: string;
      action: string;
      target: string;
      details: string;
      ip: string;
    }>;
  };
};

export type CatalogueQueryVariables = Exact<{ [key: string]: never }>;

export type CatalogueQuery = {
  metrics: Array<{
    id: string;
    labelZh: string;
    labelEn: string;
    unit: string;
    table: string;
    row: string;
    column: string;
    generations: Array<string>;
    comparableAcrossGenerations: boolean;
  }>;
  derivedMetrics: Array<{
    id: string;
    labelZh: string;
    labelEn: string;
    formulaZh: string;
    formulaEn: string;
    unit: string;
    inputs: Array<string>;
  }>;
  departments: Array<{
    id: number;
    code: string;
    name: string;
    kind: DepartmentKind;
    parentId: number | null;
    activeFrom: number | null;
    activeTo: number | null;
    aliases: Array<string>;
    predecessors: Array<{
      kind: string;
      year: number;
      department: { id: number; name: string };
    }>;
    successors: Array<{
      kind: string;
      year: number;
      department: { id: number; name: string };
    }>;
  }>;
  cycles: Array<{
    year: number;
    configured: boolean;
    deadlines: Array<{ kind: DepartmentKind; deadline: string }>;
  }>;
};

export type CityTablesQueryVariables = Exact<{
  year: number;
  kinds?: Array<DepartmentKind> | DepartmentKind | null | undefined;
  acceptedOnly: boolean;
}>;

export type CityTablesQuery = {
  cityTables: {
    year: number;
    generation: string;
    kinds: Array<DepartmentKind>;
    acceptedOnly: boolean;
    reports: Array<{ generation: string; reports: number }>;
    cells: Array<{ metric: string; value: number | null; reports: number }>;
  };
};

export type SeriesQueryVariables = Exact<{
  metrics: Array<string> | string;
  from: number;
  to: number;
  departments?: DepartmentFilterInput | null | undefined;
  limit: number;
}>;

export type SeriesQuery = {
  series: {
    totalDepartments: number;
    lines: Array<{
      metric: string;
      department: { id: number; name: string; kind: DepartmentKind };
      points: Array<{
        year: number;
        value: number | null;
        status: PointStatus;
        expected: boolean;
        submissionId: number | null;
        viaPredecessors: Array<string>;
      }>;
    }>;
  };
};

export type SeriesMatrixQueryVariables = Exact<{
  metrics: Array<string> | string;
  from: number;
  to: number;
  departments?: DepartmentFilterInput | null | undefined;
}>;

export type SeriesMatrixQuery = {
  seriesMatrix: {
    from: number;
    to: number;
    metrics: Array<string>;
    departmentIds: Array<number>;
    values: string;
    statuses: string;
  };
};

export type RankingQueryVariables = Exact<{
  metric: string;
  year: number;
  kinds?: Array<DepartmentKind> | DepartmentKind | null | undefined;
  limit: number;
  ascending: boolean;
}>;

export type RankingQuery = {
  ranking: Array<{
    rank: number;
    value: number;
    submissionId: number;
    department: { id: number; name: string; kind: DepartmentKind };
  }>;
};

export type ComplianceBoardQueryVariables = Exact<{
  year: number;
  kinds?: Array<DepartmentKind> | DepartmentKind | null | undefined;
  statuses?: Array<BoardStatus> | BoardStatus | null | undefined;
  includeNotExpected: boolean;
  limit: number;
  offset: number;
  now?: string | null | undefined;
}>;

export type ComplianceBoardQuery = {
  complianceBoard: {
    year: number;
    onTime: number;
    late: number;
    totalRows: number;
    counts: {
      accepted: number;
      submitted: number;
      submittedWithErrors: number;
      pending: number;
      returned: number;
      missing: number;
      notExpected: number;
    };
    rows: Array<{
      year: number;
      status: BoardStatus;
      expected: boolean;
      submitted: boolean;
      onTime: boolean | null;
      daysLate: number | null;
      deadline: string;
      errorCount: number;
      warningCount: number;
      versions: number;
      submissionId: number | null;
      firstReceivedAt: string | null;
      latestReceivedAt: string | null;
      department: { id: number; name: string; kind: DepartmentKind };
    }>;
  };
};

export type CityTotalsQueryVariables = Exact<{
  from: number;
  to: number;
  metrics: Array<string> | string;
}>;

export type CityTotalsQuery = {
  cityTotals: Array<{
    year: number;
    metric: string;
    total: number | null;
    reported: number;
    blank: number;
    notApplicable: number;
    unreadable: number;
  }>;
};

export type BoardSummaryQueryVariables = Exact<{
  year: number;
  now?: string | null | undefined;
}>;

export type BoardSummaryQuery = {
  complianceBoard: {
    year: number;
    onTime: number;
    late: number;
    totalRows: number;
    counts: {
      accepted: number;
      submitted: number;
      submittedWithErrors: number;
      pending: number;
      returned: number;
      missing: number;
      notExpected: number;
    };
  };
};

export type ReadReportFieldsFragment = {
  agency: string | null;
  title: string | null;
  year: number | null;
  format: string;
  generation: string | null;
  publishedOn: string | null;
  truncated: boolean;
  errorCount: number;
  warningCount: number;
  tables: Array<{
    key: string;
    generation: string | null;
    empty: boolean;
    truncated: boolean;
  }>;
  sections: Array<{
    key: string;
    numeral: string;
    heading: string;
    standardHeading: boolean;
  }>;
  cells: Array<{
    metric: string;
    status: ValueStatus;
    value: number | null;
    raw: string;
    unit: string | null;
    location: {
      kind: string;
      line: number | null;
      column: number | null;
      table: number | null;
      row: number | null;
      cell: number | null;
      description: string;
      descriptionEn: string;
    } | null;
  }>;
  extras: Array<{
    id: string;
    label: string;
    cells: Array<{
      metric: string;
      status: ValueStatus;
      value: number | null;
      raw: string;
      unit: string | null;
    }>;
  }>;
  findings: Array<{
    code: string;
    severity: Severity;
    message: string;
    messageEn: string;
    metric: string | null;
    metrics: Array<string>;
    location: {
      kind: string;
      line: number | null;
      column: number | null;
      table: number | null;
      row: number | null;
      cell: number | null;
      description: string;
      descriptionEn: string;
    } | null;
  }>;
};

export type LocationFieldsFragment = {
  kind: string;
  line: number | null;
  column: number | null;
  table: number | null;
  row: number | null;
  cell: number | null;
  description: string;
  descriptionEn: string;
};

export type FindingFieldsFragment = {
  code: string;
  severity: Severity;
  message: string;
  messageEn: string;
  metric: string | null;
  metrics: Array<string>;
  location: {
    kind: string;
    line: number | null;
    column: number | null;
    table: number | null;
    row: number | null;
    cell: number | null;
    description: string;
    descriptionEn: string;
  } | null;
};

export type SubmissionFieldsFragment = {
  id: number;
  departmentId: number;
  year: number;
  version: number;
  status: SubmissionStatus;
  counted: boolean;
  fileName: string;
  mediaType: string;
  format: string;
  generation: string | null;
  size: number;
  sha256: string;
  receivedAt: string;
  publishedOn: string | null;
  submittedBy: string;
  reviewComment: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  errorCount: number;
  warningCount: number;
  documentUrl: string;
  outlineUrl: string | null;
  department: { id: number; name: string; kind: DepartmentKind };
};

export type ReportQueryVariables = Exact<{
  departmentId: number;
  year: number;
  version?: number | null | undefined;
}>;

export type ReportQuery = {
  report: {
    demo: boolean;
    submission: {
      id: number;
      departmentId: number;
      year: number;
      version: number;
      status: SubmissionStatus;
      counted: boolean;
      fileName: string;
      mediaType: string;
      format: string;
      generation: string | null;
      size: number;
      sha256: string;
      receivedAt: string;
      publishedOn: string | null;
      submittedBy: string;
      reviewComment: string | null;
      reviewedAt: string | null;
      reviewedBy: string | null;
      errorCount: number;
      warningCount: number;
      documentUrl: string;
      outlineUrl: string | null;
      department: { id: number; name: string; kind: DepartmentKind };
    };
    read: {
      agency: string | null;
      title: string | null;
      year: number | null;
      format: string;
      generation: string | null;
      publishedOn: string | null;
      truncated: boolean;
      errorCount: number;
      warningCount: number;
      tables: Array<{
        key: string;
        generation: string | null;
        empty: boolean;
        truncated: boolean;
      }>;
      sections: Array<{
        key: string;
        numeral: string;
        heading: string;
        standardHeading: boolean;
      }>;
      cells: Array<{
        metric: string;
        status: ValueStatus;
        value: number | null;
        raw: string;
        unit: string | null;
        location: {
          kind: string;
          line: number | null;
          column: number | null;
          table: number | null;
          row: number | null;
          cell: number | null;
          description: string;
          descriptionEn: string;
        } | null;
      }>;
      extras: Array<{
        id: string;
        label: string;
        cells: Array<{
          metric: string;
          status: ValueStatus;
          value: number | null;
          raw: string;
          unit: string | null;
        }>;
      }>;
      findings: Array<{
        code: string;
        severity: Severity;
        message: string;
        messageEn: string;
        metric: string | null;
        metrics: Array<string>;
        location: {
          kind: string;
          line: number | null;
          column: number | null;
          table: number | null;
          row: number | null;
          cell: number | null;
          description: string;
          descriptionEn: string;
        } | null;
      }>;
    };
  };
  reportHistory: Array<{
    id: number;
    departmentId: number;
    year: number;
    version: number;
    status: SubmissionStatus;
    counted: boolean;
    fileName: string;
    mediaType: string;
    format: string;
    generation: string | null;
    size: number;
    sha256: string;
    receivedAt: string;
    publishedOn: string | null;
    submittedBy: string;
    reviewComment: string | null;
    reviewedAt: string | null;
    reviewedBy: string | null;
    errorCount: number;
    warningCount: number;
    documentUrl: string;
    outlineUrl: string | null;
    department: { id: number; name: string; kind: DepartmentKind };
  }>;
};

export type ReportDiffQueryVariables = Exact<{
  departmentId: number;
  year: number;
  from: number;
  to: number;
}>;

export type ReportDiffQuery = {
  reportDiff: Array<{
    metric: string;
    before: { status: ValueStatus; value: number | null; raw: string } | null;
    after: { status: ValueStatus; value: number | null; raw: string } | null;
  }>;
};

export type ReturnSubmissionMutationVariables = Exact<{
  input: ReviewInput;
}>;

export type ReturnSubmissionMutation = {
  returnSubmission: {
    id: number;
    departmentId: number;
    year: number;
    version: number;
    status: SubmissionStatus;
    counted: boolean;
    fileName: string;
    mediaType: string;
    format: string;
    generation: string | null;
    size: number;
    sha256: string;
    receivedAt: string;
    publishedOn: string | null;
    submittedBy: string;
    reviewComment: string | null;
    reviewedAt: string | null;
    reviewedBy: string | null;
    errorCount: number;
    warningCount: number;
    documentUrl: string;
    outlineUrl: string | null;
    department: { id: number; name: string; kind: DepartmentKind };
  };
};

export type AcceptSubmissionMutationVariables = Exact<{
  input: ReviewInput;
}>;

export type AcceptSubmissionMutation = {
  acceptSubmission: {
    id: number;
    departmentId: number;
    year: number;
    version: number;
    status: SubmissionStatus;
    counted: boolean;
    fileName: string;
    mediaType: string;
    format: string;
    generation: string | null;
    size: number;
    sha256: string;
    receivedAt: string;
    publishedOn: string | null;
    submittedBy: string;
    reviewComment: string | null;
    reviewedAt: string | null;
    reviewedBy: string | null;
    errorCount: number;
    warningCount: number;
    documentUrl: string;
    outlineUrl: string | null;
    department: { id: number; name: string; kind: DepartmentKind };
  };
};

export type PreviewDocumentMutationVariables = Exact<{
  input: DocumentInput;
}>;

export type PreviewDocumentMutation = {
  previewDocument: {
    year: number | null;
    department: { id: number; name: string; kind: DepartmentKind } | null;
    report: {
      agency: string | null;
      title: string | null;
      year: number | null;
      format: string;
      generation: string | null;
      publishedOn: string | null;
      truncated: boolean;
      errorCount: number;
      warningCount: number;
      tables: Array<{
        key: string;
        generation: string | null;
        empty: boolean;
        truncated: boolean;
      }>;
      sections: Array<{
        key: string;
        numeral: string;
        heading: string;
        standardHeading: boolean;
      }>;
      cells: Array<{
        metric: string;
        status: ValueStatus;
        value: number | null;
        raw: string;
        unit: string | null;
        location: {
          kind: string;
          line: number | null;
          column: number | null;
          table: number | null;
          row: number | null;
          cell: number | null;
          description: string;
          descriptionEn: string;
        } | null;
      }>;
      extras: Array<{
        id: string;
        label: string;
        cells: Array<{
          metric: string;
          status: ValueStatus;
          value: number | null;
          raw: string;
          unit: string | null;
        }>;
      }>;
      findings: Array<{
        code: string;
        severity: Severity;
        message: string;
        messageEn: string;
        metric: string | null;
        metrics: Array<string>;
        location: {
          kind: string;
          line: number | null;
          column: number | null;
          table: number | null;
          row: number | null;
          cell: number | null;
          description: string;
          descriptionEn: string;
        } | null;
      }>;
    };
  };
};

export type SubmitDocumentMutationVariables = Exact<{
  input: DocumentInput;
}>;

export type SubmitDocumentMutation = {
  submitDocument: {
    outcome: string;
    submission: {
      id: number;
      departmentId: number;
      year: number;
      version: number;
      status: SubmissionStatus;
      counted: boolean;
      fileName: string;
      mediaType: string;
      format: string;
      generation: string | null;
      size: number;
      sha256: string;
      receivedAt: string;
      publishedOn: string | null;
      submittedBy: string;
      reviewComment: string | null;
      reviewedAt: string | null;
      reviewedBy: string | null;
      errorCount: number;
      warningCount: number;
      documentUrl: string;
      outlineUrl: string | null;
      department: { id: number; name: string; kind: DepartmentKind };
    };
  };
};

export type HistoryQueryVariables = Exact<{
  departmentId: number;
  year: number;
}>;

export type HistoryQuery = {
  reportHistory: Array<{
    id: number;
    departmentId: number;
    year: number;
    version: number;
    status: SubmissionStatus;
    counted: boolean;
    fileName: string;
    mediaType: string;
    format: string;
    generation: string | null;
    size: number;
    sha256: string;
    receivedAt: string;
    publishedOn: string | null;
    submittedBy: string;
    reviewComment: string | null;
    reviewedAt: string | null;
    reviewedBy: string | null;
    errorCount: number;
    warningCount: number;
    documentUrl: string;
    outlineUrl: string | null;
    department: { id: number; name: string; kind: DepartmentKind };
  }>;
};

export type DepartmentHistoryQueryVariables = Exact<{
  departmentId: number;
}>;

export type DepartmentHistoryQuery = {
  reportHistory: Array<{
    id: number;
    departmentId: number;
    year: number;
    version: number;
    status: SubmissionStatus;
    counted: boolean;
    fileName: string;
    mediaType: string;
    format: string;
    generation: string | null;
    size: number;
    sha256: string;
    receivedAt: string;
    publishedOn: string | null;
    submittedBy: string;
    reviewComment: string | null;
    reviewedAt: string | null;
    reviewedBy: string | null;
    errorCount: number;
    warningCount: number;
    documentUrl: string;
    outlineUrl: string | null;
    department: { id: number; name: string; kind: DepartmentKind };
  }>;
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<
    DocumentTypeDecoration<TResult, TVariables>['__apiType']
  >;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const UserFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'UserFields' },
) as unknown as TypedDocumentString<UserFieldsFragment, unknown>;
export const LocationFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'LocationFields' },
) as unknown as TypedDocumentString<LocationFieldsFragment, unknown>;
export const FindingFieldsFragmentDoc = new TypedDocumentString(
  `
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
    fragment LocationFields on SourceLocation {
  kind
  line
  column
  table
  row
  cell
  description
  descriptionEn
}`,
  { fragmentName: 'FindingFields' },
) as unknown as TypedDocumentString<FindingFieldsFragment, unknown>;
export const ReadReportFieldsFragmentDoc = new TypedDocumentString(
  `
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
}`,
  { fragmentName: 'ReadReportFields' },
) as unknown as TypedDocumentString<ReadReportFieldsFragment, unknown>;
export const SubmissionFieldsFragmentDoc = new TypedDocumentString(
  `
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
    `,
  { fragmentName: 'SubmissionFields' },
) as unknown as TypedDocumentString<SubmissionFieldsFragment, unknown>;
export const SessionDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<SessionQuery, SessionQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    ...UserFields
  }
}
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
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<
  LogoutMutation,
  LogoutMutationVariables
>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<
  ChangePasswordMutation,
  ChangePasswordMutationVariables
>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    ...UserFields
  }
}
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
}`) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    ...UserFields
  }
}
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
}`) as unknown as TypedDocumentString<
  CreateUserMutation,
  CreateUserMutationVariables
>;
export const UpdateUserDocument = new TypedDocumentString(`
    mutation UpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    ...UserFields
  }
}
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
}`) as unknown as TypedDocumentString<
  UpdateUserMutation,
  UpdateUserMutationVariables
>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($actions: [String!], $actor: String, $from: String, $to: String, $limit: Int!, $offset: Int!) {
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
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue {
  metrics {
    id
    labelZh
    labelEn
    unit
    table
    row
    column
    generations
    comparableAcrossGenerations
  }
  derivedMetrics {
    id
    labelZh
    labelEn
    formulaZh
    formulaEn
    unit
    inputs
  }
  departments {
    id
    code
    name
    kind
    parentId
    activeFrom
    activeTo
    aliases
    predecessors {
      kind
      year
      department {
        id
        name
      }
    }
    successors {
      kind
      year
      department {
        id
        name
      }
    }
  }
  cycles {
    year
    configured
    deadlines {
      kind
      deadline
    }
  }
}
    `) as unknown as TypedDocumentString<
  CatalogueQuery,
  CatalogueQueryVariables
>;
export const CityTablesDocument = new TypedDocumentString(`
    query CityTables($year: Int!, $kinds: [DepartmentKind!], $acceptedOnly: Boolean!) {
  cityTables(year: $year, kinds: $kinds, acceptedOnly: $acceptedOnly) {
    year
    generation
    kinds
    acceptedOnly
    reports {
      generation
      reports
    }
    cells {
      metric
      value
      reports
    }
  }
}
    `) as unknown as TypedDocumentString<
  CityTablesQuery,
  CityTablesQueryVariables
>;
export const SeriesDocument = new TypedDocumentString(`
    query Series($metrics: [String!]!, $from: Int!, $to: Int!, $departments: DepartmentFilterInput, $limit: Int!) {
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
    `) as unknown as TypedDocumentString<SeriesQuery, SeriesQueryVariables>;
export const SeriesMatrixDocument = new TypedDocumentString(`
    query SeriesMatrix($metrics: [String!]!, $from: Int!, $to: Int!, $departments: DepartmentFilterInput) {
  seriesMatrix(metrics: $metrics, from: $from, to: $to, departments: $departments) {
    from
    to
    metrics
    departmentIds
    values
    statuses
  }
}
    `) as unknown as TypedDocumentString<
  SeriesMatrixQuery,
  SeriesMatrixQueryVariables
>;
export const RankingDocument = new TypedDocumentString(`
    query Ranking($metric: String!, $year: Int!, $kinds: [DepartmentKind!], $limit: Int!, $ascending: Boolean!) {
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
    `) as unknown as TypedDocumentString<RankingQuery, RankingQueryVariables>;
export const ComplianceBoardDocument = new TypedDocumentString(`
    query ComplianceBoard($year: Int!, $kinds: [DepartmentKind!], $statuses: [BoardStatus!], $includeNotExpected: Boolean!, $limit: Int!, $offset: Int!, $now: String) {
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
    `) as unknown as TypedDocumentString<
  ComplianceBoardQuery,
  ComplianceBoardQueryVariables
>;
export const CityTotalsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<
  CityTotalsQuery,
  CityTotalsQueryVariables
>;
export const BoardSummaryDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<
  BoardSummaryQuery,
  BoardSummaryQueryVariables
>;
export const ReportDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<ReportQuery, ReportQueryVariables>;
export const ReportDiffDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<
  ReportDiffQuery,
  ReportDiffQueryVariables
>;
export const ReturnSubmissionDocument = new TypedDocumentString(`
    mutation ReturnSubmission($input: ReviewInput!) {
  returnSubmission(input: $input) {
    ...SubmissionFields
  }
}
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
}`) as unknown as TypedDocumentString<
  ReturnSubmissionMutation,
  ReturnSubmissionMutationVariables
>;
export const AcceptSubmissionDocument = new TypedDocumentString(`
    mutation AcceptSubmission($input: ReviewInput!) {
  acceptSubmission(input: $input) {
    ...SubmissionFields
  }
}
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
}`) as unknown as TypedDocumentString<
  AcceptSubmissionMutation,
  AcceptSubmissionMutationVariables
>;
export const PreviewDocumentDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<
  PreviewDocumentMutation,
  PreviewDocumentMutationVariables
>;
export const SubmitDocumentDocument = new TypedDocumentString(`
    mutation SubmitDocument($input: DocumentInput!) {
  submitDocument(input: $input) {
    outcome
    submission {
      ...SubmissionFields
    }
  }
}
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
}`) as unknown as TypedDocumentString<
  SubmitDocumentMutation,
  SubmitDocumentMutationVariables
>;
export const HistoryDocument = new TypedDocumentString(`
    query History($departmentId: Int!, $year: Int!) {
  reportHistory(departmentId: $departmentId, year: $year) {
    ...SubmissionFields
  }
}
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
}`) as unknown as TypedDocumentString<HistoryQuery, HistoryQueryVariables>;
export const DepartmentHistoryDocument = new TypedDocumentString(`
    query DepartmentHistory($departmentId: Int!) {
  reportHistory(departmentId: $departmentId) {
    ...SubmissionFields
  }
}
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
}`) as unknown as TypedDocumentString<
  DepartmentHistoryQuery,
  DepartmentHistoryQueryVariables
>;
