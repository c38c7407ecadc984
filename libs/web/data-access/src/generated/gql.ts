/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    disabled\n    createdAt\n    updatedAt\n    department {\n      id\n      name\n      code\n    }\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  query Session {\n    session {\n      publicRead\n      user {\n        ...UserFields\n      }\n    }\n    installation {\n      city\n      demo\n      demoCity\n      demoNow\n    }\n  }\n': typeof types.SessionDocument;
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.LoginDocument;
  '\n  mutation Logout {\n    logout\n  }\n': typeof types.LogoutDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n': typeof types.UsersDocument;
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.CreateUserDocument;
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n': typeof types.UpdateUserDocument;
  '\n  query AuditLog(\n    $actions: [String!]\n    $actor: String\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditLog(\n      actions: $actions\n      actor: $actor\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      rows {\n        id\n        at\n        actor\n        action\n        target\n        details\n        ip\n      }\n    }\n  }\n': typeof types.AuditLogDocument;
  '\n  query Catalogue {\n    metrics {\n      id\n      labelZh\n      labelEn\n      unit\n      table\n      row\n      column\n      generations\n      comparableAcrossGenerations\n    }\n    derivedMetrics {\n      id\n      labelZh\n      labelEn\n      formulaZh\n      formulaEn\n      unit\n      inputs\n    }\n    departments {\n      id\n      code\n      name\n      kind\n      parentId\n      activeFrom\n      activeTo\n      aliases\n      predecessors {\n        kind\n        year\n        department {\n          id\n          name\n        }\n      }\n      successors {\n        kind\n        year\n        department {\n          id\n          name\n        }\n      }\n    }\n    cycles {\n      year\n      configured\n      deadlines {\n        kind\n        deadline\n      }\n    }\n  }\n': typeof types.CatalogueDocument;
  '\n  query CityTables(\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $acceptedOnly: Boolean!\n  ) {\n    cityTables(year: $year, kinds: $kinds, acceptedOnly: $acceptedOnly) {\n      year\n      generation\n      kinds\n      acceptedOnly\n      reports {\n        generation\n        reports\n      }\n      cells {\n        metric\n        value\n        reports\n      }\n    }\n  }\n': typeof types.CityTablesDocument;
  '\n  query Series(\n    $metrics: [String!]!\n    $from: Int!\n    $to: Int!\n    $departments: DepartmentFilterInput\n    $limit: Int!\n  ) {\n    series(\n      metrics: $metrics\n      from: $from\n      to: $to\n      departments: $departments\n      limit: $limit\n    ) {\n      totalDepartments\n      lines {\n        metric\n        department {\n          id\n          name\n          kind\n        }\n        points {\n          year\n          value\n          status\n          expected\n          submissionId\n          viaPredecessors\n        }\n      }\n    }\n  }\n': typeof types.SeriesDocument;
  '\n  query SeriesMatrix(\n    $metrics: [String!]!\n    $from: Int!\n    $to: Int!\n    $departments: DepartmentFilterInput\n  ) {\n    seriesMatrix(\n      metrics: $metrics\n      from: $from\n      to: $to\n      departments: $departments\n    ) {\n      from\n      to\n      metrics\n      departmentIds\n      values\n      statuses\n    }\n  }\n': typeof types.SeriesMatrixDocument;
  '\n  query Ranking(\n    $metric: String!\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $limit: Int!\n    $ascending: Boolean!\n  ) {\n    ranking(\n      metric: $metric\n      year: $year\n      kinds: $kinds\n      limit: $limit\n      ascending: $ascending\n    ) {\n      rank\n      value\n      submissionId\n      department {\n        id\n        name\n        kind\n      }\n    }\n  }\n': typeof types.RankingDocument;
  '\n  query ComplianceBoard(\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $statuses: [BoardStatus!]\n    $includeNotExpected: Boolean!\n    $limit: Int!\n    $offset: Int!\n    $now: String\n  ) {\n    complianceBoard(\n      year: $year\n      kinds: $kinds\n      statuses: $statuses\n      includeNotExpected: $includeNotExpected\n      limit: $limit\n      offset: $offset\n      now: $now\n    ) {\n      year\n      onTime\n      late\n      totalRows\n      counts {\n        accepted\n        submitted\n        submittedWithErrors\n        pending\n        returned\n        missing\n        notExpected\n      }\n      rows {\n        year\n        status\n        expected\n        submitted\n        onTime\n        daysLate\n        deadline\n        errorCount\n        warningCount\n        versions\n        submissionId\n        firstReceivedAt\n        latestReceivedAt\n        department {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n': typeof types.ComplianceBoardDocument;
  '\n  query CityTotals($from: Int!, $to: Int!, $metrics: [String!]!) {\n    cityTotals(from: $from, to: $to, metrics: $metrics) {\n      year\n      metric\n      total\n      reported\n      blank\n      notApplicable\n      unreadable\n    }\n  }\n': typeof types.CityTotalsDocument;
  '\n  query BoardSummary($year: Int!, $now: String) {\n    complianceBoard(year: $year, now: $now, limit: 1) {\n      year\n      onTime\n      late\n      totalRows\n      counts {\n        accepted\n        submitted\n        submittedWithErrors\n        pending\n        returned\n        missing\n        notExpected\n      }\n    }\n  }\n': typeof types.BoardSummaryDocument;
  '\n  fragment ReadReportFields on ReadReport {\n    agency\n    title\n    year\n    format\n    generation\n    publishedOn\n    truncated\n    errorCount\n    warningCount\n    tables {\n      key\n      generation\n      empty\n      truncated\n    }\n    sections {\n      key\n      numeral\n      heading\n      standardHeading\n    }\n    cells {\n      metric\n      status\n      value\n      raw\n      unit\n      location {\n        ...LocationFields\n      }\n    }\n    extras {\n      id\n      label\n      cells {\n        metric\n        status\n        value\n        raw\n        unit\n      }\n    }\n    findings {\n      ...FindingFields\n    }\n  }\n': typeof types.ReadReportFieldsFragmentDoc;
  '\n  fragment LocationFields on SourceLocation {\n    kind\n    line\n    column\n    table\n    row\n    cell\n    description\n    descriptionEn\n  }\n': typeof types.LocationFieldsFragmentDoc;
  '\n  fragment FindingFields on Finding {\n    code\n    severity\n    message\n    messageEn\n    metric\n    metrics\n    location {\n      ...LocationFields\n    }\n  }\n': typeof types.FindingFieldsFragmentDoc;
  '\n  fragment SubmissionFields on Submission {\n    id\n    departmentId\n    year\n    version\n    status\n    counted\n    fileName\n    mediaType\n    format\n    generation\n    size\n    sha256\n    receivedAt\n    publishedOn\n    submittedBy\n    reviewComment\n    reviewedAt\n    reviewedBy\n    errorCount\n    warningCount\n    documentUrl\n    outlineUrl\n    department {\n      id\n      name\n      kind\n    }\n  }\n': typeof types.SubmissionFieldsFragmentDoc;
  '\n  query Report($departmentId: Int!, $year: Int!, $version: Int) {\n    report(departmentId: $departmentId, year: $year, version: $version) {\n      demo\n      submission {\n        ...SubmissionFields\n      }\n      read {\n        ...ReadReportFields\n      }\n    }\n    reportHistory(departmentId: $departmentId, year: $year) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.ReportDocument;
  '\n  query ReportDiff($departmentId: Int!, $year: Int!, $from: Int!, $to: Int!) {\n    reportDiff(departmentId: $departmentId, year: $year, from: $from, to: $to) {\n      metric\n      before {\n        status\n        value\n        raw\n      }\n      after {\n        status\n        value\n        raw\n      }\n    }\n  }\n': typeof types.ReportDiffDocument;
  '\n  mutation ReturnSubmission($input: ReviewInput!) {\n    returnSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.ReturnSubmissionDocument;
  '\n  mutation AcceptSubmission($input: ReviewInput!) {\n    acceptSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.AcceptSubmissionDocument;
  '\n  mutation PreviewDocument($input: DocumentInput!) {\n    previewDocument(input: $input) {\n      year\n      department {\n        id\n        name\n        kind\n      }\n      report {\n        ...ReadReportFields\n      }\n    }\n  }\n': typeof types.PreviewDocumentDocument;
  '\n  mutation SubmitDocument($input: DocumentInput!) {\n    submitDocument(input: $input) {\n      outcome\n      submission {\n        ...SubmissionFields\n      }\n    }\n  }\n': typeof types.SubmitDocumentDocument;
  '\n  query History($departmentId: Int!, $year: Int!) {\n    reportHistory(departmentId: $departmentId, year: $year) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.HistoryDocument;
  '\n  query DepartmentHistory($departmentId: Int!) {\n    reportHistory(departmentId: $departmentId) {\n      ...SubmissionFields\n    }\n  }\n': typeof types.DepartmentHistoryDocument;
};
const documents: Documents = {
  '\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    disabled\n    createdAt\n    updatedAt\n    department {\n      id\n      name\n      code\n    }\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  query Session {\n    session {\n      publicRead\n      user {\n        ...UserFields\n      }\n    }\n    installation {\n      city\n      demo\n      demoCity\n      demoNow\n    }\n  }\n':
    types.SessionDocument,
  '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.LoginDocument,
  '\n  mutation Logout {\n    logout\n  }\n': types.LogoutDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n':
    types.UsersDocument,
  '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.CreateUserDocument,
  '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n':
    types.UpdateUserDocument,
  '\n  query AuditLog(\n    $actions: [String!]\n    $actor: String\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditLog(\n      actions: $actions\n      actor: $actor\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      rows {\n        id\n        at\n        actor\n        action\n        target\n        details\n        ip\n      }\n    }\n  }\n':
    types.AuditLogDocument,
  '\n  query Catalogue {\n    metrics {\n      id\n      labelZh\n      labelEn\n      unit\n      table\n      row\n      column\n      generations\n      comparableAcrossGenerations\n    }\n    derivedMetrics {\n      id\n      labelZh\n      labelEn\n      formulaZh\n      formulaEn\n      unit\n      inputs\n    }\n    departments {\n      id\n      code\n      name\n      kind\n      parentId\n      activeFrom\n      activeTo\n      aliases\n      predecessors {\n        kind\n        year\n        department {\n          id\n          name\n        }\n      }\n      successors {\n        kind\n        year\n        department {\n          id\n          name\n        }\n      }\n    }\n    cycles {\n      year\n      configured\n      deadlines {\n        kind\n        deadline\n      }\n    }\n  }\n':
    types.CatalogueDocument,
  '\n  query CityTables(\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $acceptedOnly: Boolean!\n  ) {\n    cityTables(year: $year, kinds: $kinds, acceptedOnly: $acceptedOnly) {\n      year\n      generation\n      kinds\n      acceptedOnly\n      reports {\n        generation\n        reports\n      }\n      cells {\n        metric\n        value\n        reports\n      }\n    }\n  }\n':
    types.CityTablesDocument,
  '\n  query Series(\n    $metrics: [String!]!\n    $from: Int!\n    $to: Int!\n    $departments: DepartmentFilterInput\n    $limit: Int!\n  ) {\n    series(\n      metrics: $metrics\n      from: $from\n      to: $to\n      departments: $departments\n      limit: $limit\n    ) {\n      totalDepartments\n      lines {\n        metric\n        department {\n          id\n          name\n          kind\n        }\n        points {\n          year\n          value\n          status\n          expected\n          submissionId\n          viaPredecessors\n        }\n      }\n    }\n  }\n':
    types.SeriesDocument,
  '\n  query SeriesMatrix(\n    $metrics: [String!]!\n    $from: Int!\n    $to: Int!\n    $departments: DepartmentFilterInput\n  ) {\n    seriesMatrix(\n      metrics: $metrics\n      from: $from\n      to: $to\n      departments: $departments\n    ) {\n      from\n      to\n      metrics\n      departmentIds\n      values\n      statuses\n    }\n  }\n':
    types.SeriesMatrixDocument,
  '\n  query Ranking(\n    $metric: String!\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $limit: Int!\n    $ascending: Boolean!\n  ) {\n    ranking(\n      metric: $metric\n      year: $year\n      kinds: $kinds\n      limit: $limit\n      ascending: $ascending\n    ) {\n      rank\n      value\n      submissionId\n      department {\n        id\n        name\n        kind\n      }\n    }\n  }\n':
    types.RankingDocument,
  '\n  query ComplianceBoard(\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $statuses: [BoardStatus!]\n    $includeNotExpected: Boolean!\n    $limit: Int!\n    $offset: Int!\n    $now: String\n  ) {\n    complianceBoard(\n      year: $year\n      kinds: $kinds\n      statuses: $statuses\n      includeNotExpected: $includeNotExpected\n      limit: $limit\n      offset: $offset\n      now: $now\n    ) {\n      year\n      onTime\n      late\n      totalRows\n      counts {\n        accepted\n        submitted\n        submittedWithErrors\n        pending\n        returned\n        missing\n        notExpected\n      }\n      rows {\n        year\n        status\n        expected\n        submitted\n        onTime\n        daysLate\n        deadline\n        errorCount\n        warningCount\n        versions\n        submissionId\n        firstReceivedAt\n        latestReceivedAt\n        department {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n':
    types.ComplianceBoardDocument,
  '\n  query CityTotals($from: Int!, $to: Int!, $metrics: [String!]!) {\n    cityTotals(from: $from, to: $to, metrics: $metrics) {\n      year\n      metric\n      total\n      reported\n      blank\n      notApplicable\n      unreadable\n    }\n  }\n':
    types.CityTotalsDocument,
  '\n  query BoardSummary($year: Int!, $now: String) {\n    complianceBoard(year: $year, now: $now, limit: 1) {\n      year\n      onTime\n      late\n      totalRows\n      counts {\n        accepted\n        submitted\n        submittedWithErrors\n        pending\n        returned\n        missing\n        notExpected\n      }\n    }\n  }\n':
    types.BoardSummaryDocument,
  '\n  fragment ReadReportFields on ReadReport {\n    agency\n    title\n    year\n    format\n    generation\n    publishedOn\n    truncated\n    errorCount\n    warningCount\n    tables {\n      key\n      generation\n      empty\n      truncated\n    }\n    sections {\n      key\n      numeral\n      heading\n      standardHeading\n    }\n    cells {\n      metric\n      status\n      value\n      raw\n      unit\n      location {\n        ...LocationFields\n      }\n    }\n    extras {\n      id\n      label\n      cells {\n        metric\n        status\n        value\n        raw\n        unit\n      }\n    }\n    findings {\n      ...FindingFields\n    }\n  }\n':
    types.ReadReportFieldsFragmentDoc,
  '\n  fragment LocationFields on SourceLocation {\n    kind\n    line\n    column\n    table\n    row\n    cell\n    description\n    descriptionEn\n  }\n':
    types.LocationFieldsFragmentDoc,
  '\n  fragment FindingFields on Finding {\n    code\n    severity\n    message\n    messageEn\n    metric\n    metrics\n    location {\n      ...LocationFields\n    }\n  }\n':
    types.FindingFieldsFragmentDoc,
  '\n  fragment SubmissionFields on Submission {\n    id\n    departmentId\n    year\n    version\n    status\n    counted\n    fileName\n    mediaType\n    format\n    generation\n    size\n    sha256\n    receivedAt\n    publishedOn\n    submittedBy\n    reviewComment\n    reviewedAt\n    reviewedBy\n    errorCount\n    warningCount\n    documentUrl\n    outlineUrl\n    department {\n      id\n      name\n      kind\n    }\n  }\n':
    types.SubmissionFieldsFragmentDoc,
  '\n  query Report($departmentId: Int!, $year: Int!, $version: Int) {\n    report(departmentId: $departmentId, year: $year, version: $version) {\n      demo\n      submission {\n        ...SubmissionFields\n      }\n      read {\n        ...ReadReportFields\n      }\n    }\n    reportHistory(departmentId: $departmentId, year: $year) {\n      ...SubmissionFields\n    }\n  }\n':
    types.ReportDocument,
  '\n  query ReportDiff($departmentId: Int!, $year: Int!, $from: Int!, $to: Int!) {\n    reportDiff(departmentId: $departmentId, year: $year, from: $from, to: $to) {\n      metric\n      before {\n        status\n        value\n        raw\n      }\n      after {\n        status\n        value\n        raw\n      }\n    }\n  }\n':
    types.ReportDiffDocument,
  '\n  mutation ReturnSubmission($input: ReviewInput!) {\n    returnSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.ReturnSubmissionDocument,
  '\n  mutation AcceptSubmission($input: ReviewInput!) {\n    acceptSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n':
    types.AcceptSubmissionDocument,
  '\n  mutation PreviewDocument($input: DocumentInput!) {\n    previewDocument(input: $input) {\n      year\n      department {\n        id\n        name\n        kind\n      }\n      report {\n        ...ReadReportFields\n      }\n    }\n  }\n':
    types.PreviewDocumentDocument,
  '\n  mutation SubmitDocument($input: DocumentInput!) {\n    submitDocument(input: $input) {\n      outcome\n      submission {\n        ...SubmissionFields\n      }\n    }\n  }\n':
    types.SubmitDocumentDocument,
  '\n  query History($departmentId: Int!, $year: Int!) {\n    reportHistory(departmentId: $departmentId, year: $year) {\n      ...SubmissionFields\n    }\n  }\n':
    types.HistoryDocument,
  '\n  query DepartmentHistory($departmentId: Int!) {\n    reportHistory(departmentId: $departmentId) {\n      ...SubmissionFields\n    }\n  }\n':
    types.DepartmentHistoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    id\n    username\n    displayName\n    role\n    disabled\n    createdAt\n    updatedAt\n    department {\n      id\n      name\n      code\n    }\n  }\n',
): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Session {\n    session {\n      publicRead\n      user {\n        ...UserFields\n      }\n    }\n    installation {\n      city\n      demo\n      demoCity\n      demoNow\n    }\n  }\n',
): typeof import('./graphql').SessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Logout {\n    logout\n  }\n',
): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      ...UserFields\n    }\n  }\n',
): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuditLog(\n    $actions: [String!]\n    $actor: String\n    $from: String\n    $to: String\n    $limit: Int!\n    $offset: Int!\n  ) {\n    auditLog(\n      actions: $actions\n      actor: $actor\n      from: $from\n      to: $to\n      limit: $limit\n      offset: $offset\n    ) {\n      total\n      rows {\n        id\n        at\n        actor\n        action\n        target\n        details\n        ip\n      }\n    }\n  }\n',
): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Catalogue {\n    metrics {\n      id\n      labelZh\n      labelEn\n      unit\n      table\n      row\n      column\n      generations\n      comparableAcrossGenerations\n    }\n    derivedMetrics {\n      id\n      labelZh\n      labelEn\n      formulaZh\n      formulaEn\n      unit\n      inputs\n    }\n    departments {\n      id\n      code\n      name\n      kind\n      parentId\n      activeFrom\n      activeTo\n      aliases\n      predecessors {\n        kind\n        year\n        department {\n          id\n          name\n        }\n      }\n      successors {\n        kind\n        year\n        department {\n          id\n          name\n        }\n      }\n    }\n    cycles {\n      year\n      configured\n      deadlines {\n        kind\n        deadline\n      }\n    }\n  }\n',
): typeof import('./graphql').CatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CityTables(\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $acceptedOnly: Boolean!\n  ) {\n    cityTables(year: $year, kinds: $kinds, acceptedOnly: $acceptedOnly) {\n      year\n      generation\n      kinds\n      acceptedOnly\n      reports {\n        generation\n        reports\n      }\n      cells {\n        metric\n        value\n        reports\n      }\n    }\n  }\n',
): typeof import('./graphql').CityTablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Series(\n    $metrics: [String!]!\n    $from: Int!\n    $to: Int!\n    $departments: DepartmentFilterInput\n    $limit: Int!\n  ) {\n    series(\n      metrics: $metrics\n      from: $from\n      to: $to\n      departments: $departments\n      limit: $limit\n    ) {\n      totalDepartments\n      lines {\n        metric\n        department {\n          id\n          name\n          kind\n        }\n        points {\n          year\n          value\n          status\n          expected\n          submissionId\n          viaPredecessors\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').SeriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SeriesMatrix(\n    $metrics: [String!]!\n    $from: Int!\n    $to: Int!\n    $departments: DepartmentFilterInput\n  ) {\n    seriesMatrix(\n      metrics: $metrics\n      from: $from\n      to: $to\n      departments: $departments\n    ) {\n      from\n      to\n      metrics\n      departmentIds\n      values\n      statuses\n    }\n  }\n',
): typeof import('./graphql').SeriesMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Ranking(\n    $metric: String!\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $limit: Int!\n    $ascending: Boolean!\n  ) {\n    ranking(\n      metric: $metric\n      year: $year\n      kinds: $kinds\n      limit: $limit\n      ascending: $ascending\n    ) {\n      rank\n      value\n      submissionId\n      department {\n        id\n        name\n        kind\n      }\n    }\n  }\n',
): typeof import('./graphql').RankingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ComplianceBoard(\n    $year: Int!\n    $kinds: [DepartmentKind!]\n    $statuses: [BoardStatus!]\n    $includeNotExpected: Boolean!\n    $limit: Int!\n    $offset: Int!\n    $now: String\n  ) {\n    complianceBoard(\n      year: $year\n      kinds: $kinds\n      statuses: $statuses\n      includeNotExpected: $includeNotExpected\n      limit: $limit\n      offset: $offset\n      now: $now\n    ) {\n      year\n      onTime\n      late\n      totalRows\n      counts {\n        accepted\n        submitted\n        submittedWithErrors\n        pending\n        returned\n        missing\n        notExpected\n      }\n      rows {\n        year\n        status\n        expected\n        submitted\n        onTime\n        daysLate\n        deadline\n        errorCount\n        warningCount\n        versions\n        submissionId\n        firstReceivedAt\n        latestReceivedAt\n        department {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n',
): typeof import('./graphql').ComplianceBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CityTotals($from: Int!, $to: Int!, $metrics: [String!]!) {\n    cityTotals(from: $from, to: $to, metrics: $metrics) {\n      year\n      metric\n      total\n      reported\n      blank\n      notApplicable\n      unreadable\n    }\n  }\n',
): typeof import('./graphql').CityTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BoardSummary($year: Int!, $now: String) {\n    complianceBoard(year: $year, now: $now, limit: 1) {\n      year\n      onTime\n      late\n      totalRows\n      counts {\n        accepted\n        submitted\n        submittedWithErrors\n        pending\n        returned\n        missing\n        notExpected\n      }\n    }\n  }\n',
): typeof import('./graphql').BoardSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ReadReportFields on ReadReport {\n    agency\n    title\n    year\n    format\n    generation\n    publishedOn\n    truncated\n    errorCount\n    warningCount\n    tables {\n      key\n      generation\n      empty\n      truncated\n    }\n    sections {\n      key\n      numeral\n      heading\n      standardHeading\n    }\n    cells {\n      metric\n      status\n      value\n      raw\n      unit\n      location {\n        ...LocationFields\n      }\n    }\n    extras {\n      id\n      label\n      cells {\n        metric\n        status\n        value\n        raw\n        unit\n      }\n    }\n    findings {\n      ...FindingFields\n    }\n  }\n',
): typeof import('./graphql').ReadReportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LocationFields on SourceLocation {\n    kind\n    line\n    column\n    table\n    row\n    cell\n    description\n    descriptionEn\n  }\n',
): typeof import('./graphql').LocationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FindingFields on Finding {\n    code\n    severity\n    message\n    messageEn\n    metric\n    metrics\n    location {\n      ...LocationFields\n    }\n  }\n',
): typeof import('./graphql').FindingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SubmissionFields on Submission {\n    id\n    departmentId\n    year\n    version\n    status\n    counted\n    fileName\n    mediaType\n    format\n    generation\n    size\n    sha256\n    receivedAt\n    publishedOn\n    submittedBy\n    reviewComment\n    reviewedAt\n    reviewedBy\n    errorCount\n    warningCount\n    documentUrl\n    outlineUrl\n    department {\n      id\n      name\n      kind\n    }\n  }\n',
): typeof import('./graphql').SubmissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Report($departmentId: Int!, $year: Int!, $version: Int) {\n    report(departmentId: $departmentId, year: $year, version: $version) {\n      demo\n      submission {\n        ...SubmissionFields\n      }\n      read {\n        ...ReadReportFields\n      }\n    }\n    reportHistory(departmentId: $departmentId, year: $year) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').ReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ReportDiff($departmentId: Int!, $year: Int!, $from: Int!, $to: Int!) {\n    reportDiff(departmentId: $departmentId, year: $year, from: $from, to: $to) {\n      metric\n      before {\n        status\n        value\n        raw\n      }\n      after {\n        status\n        value\n        raw\n      }\n    }\n  }\n',
): typeof import('./graphql').ReportDiffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReturnSubmission($input: ReviewInput!) {\n    returnSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').ReturnSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcceptSubmission($input: ReviewInput!) {\n    acceptSubmission(input: $input) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').AcceptSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PreviewDocument($input: DocumentInput!) {\n    previewDocument(input: $input) {\n      year\n      department {\n        id\n        name\n        kind\n      }\n      report {\n        ...ReadReportFields\n      }\n    }\n  }\n',
): typeof import('./graphql').PreviewDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitDocument($input: DocumentInput!) {\n    submitDocument(input: $input) {\n      outcome\n      submission {\n        ...SubmissionFields\n      }\n    }\n  }\n',
): typeof import('./graphql').SubmitDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query History($departmentId: Int!, $year: Int!) {\n    reportHistory(departmentId: $departmentId, year: $year) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').HistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DepartmentHistory($departmentId: Int!) {\n    reportHistory(departmentId: $departmentId) {\n      ...SubmissionFields\n    }\n  }\n',
): typeof import('./graphql').DepartmentHistoryDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
