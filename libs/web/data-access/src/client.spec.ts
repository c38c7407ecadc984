import { ApiError, execute, upload } from './client';
import { rankingQuery } from './operations/compare.operations';

type FetchArgs = [string, RequestInit];

function fakeFetch(
  status: number,
  body: unknown,
): jest.Mock<Promise<Response>, FetchArgs> {
  const fn = jest.fn<Promise<Response>, FetchArgs>(() =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
    ),
  );
  globalThis.fetch = fn as unknown as typeof fetch;
  return fn;
}

const variables = {
  metric: 'review.total',
  year: 2024,
  kinds: null,
  limit: 5,
  ascending: false,
};

describe('execute', () => {
  it('posts the generated document with its variables as JSON', async () => {
    const fetchMock = fakeFetch(200, { data: { ranking: [] } });
    await expect(execute(rankingQuery, variables)).resolves.toEqual({
      ranking: [],
    });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/graphql');
    const body = JSON.parse(String(init?.body)) as {
      query: string;
      variables: unknown;
    };
    expect(body.query).toContain('query Ranking(');
    expect(body.variables).toEqual(variables);
    expect(new Headers(init?.headers).get('content-type')).toBe(
      'application/json',
    );
  });

  it('raises the API error with its code and both messages', async () => {
    fakeFetch(200, {
      data: null,
      errors: [
        {
          message: '没有这个指标。',
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'INVALID_ARGUMENT',
            messageEn: 'No such metric.',
          },
        },
      ],
    });
    const e = await execute(rankingQuery, variables).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({
      message: '没有这个指标。',
      messageEn: 'No such metric.',
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ARGUMENT',
    });
  });

  it('names the HTTP status when the answer is not GraphQL', async () => {
    fakeFetch(502, '<html>Bad gateway</html>');
    await expect(execute(rankingQuery, variables)).rejects.toMatchObject({
      message: 'HTTP 502',
      code: 'INTERNAL_SERVER_ERROR',
    });
  });
});

describe('upload', () => {
  it('returns the JSON of a successful upload and raises the REST error body', async () => {
    fakeFetch(201, { outcome: 'created' });
    await expect(upload<{ outcome: string }>(new FormData())).resolves.toEqual({
      outcome: 'created',
    });
    fakeFetch(400, {
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_REPORT',
      message: '不是年报。',
      messageEn: 'Not a report.',
    });
    await expect(upload(new FormData())).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      messageEn: 'Not a report.',
    });
  });
});
