import type { TypedDocumentString } from './generated/graphql';

/** An error the API answered with: its code and both messages (zh, en). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly messageEn: string,
    readonly code: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorExtensions {
  code?: string;
  reason?: string;
  messageEn?: string;
}

interface ErrorJson extends ErrorExtensions {
  message?: string;
  errors?: { message: string; extensions?: ErrorExtensions }[];
}

function errorOf(status: number, json: ErrorJson | null): ApiError {
  const first = json?.errors?.[0];
  const ext = first?.extensions ?? json ?? {};
  const message = first?.message ?? json?.message ?? `HTTP ${status}`;
  return new ApiError(
    message,
    ext.messageEn ?? message,
    ext.code ?? (status >= 500 ? 'INTERNAL_SERVER_ERROR' : `HTTP_${status}`),
    ext.reason,
  );
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

/** Runs one typed GraphQL operation; the result type comes from the generated document. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { signal?: AbortSignal; endpoint?: string } = {},
): Promise<TResult> {
  const res = await fetch(options.endpoint ?? '/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal: options.signal,
  });
  const json = (await readJson(res)) as
    (ErrorJson & { data?: TResult | null }) | null;
  if (json?.errors?.length || !json?.data) throw errorOf(res.status, json);
  return json.data;
}

/** Result of the multipart upload route: a preview or a submission outcome. */
export async function upload<T>(
  form: FormData,
  options: { signal?: AbortSignal; endpoint?: string } = {},
): Promise<T> {
  const res = await fetch(options.endpoint ?? '/api/submissions', {
    method: 'POST',
    // The server refuses cookie-authenticated REST writes without it (CSRF).
    headers: { 'x-gongkai-csrf': '1' },
    body: form,
    signal: options.signal,
  });
  const json = (await readJson(res)) as (ErrorJson & T) | null;
  if (!res.ok || json === null) throw errorOf(res.status, json);
  return json;
}
