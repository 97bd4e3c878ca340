import { ResponseError } from '@sanpin/application-api';
import { describe, expect, it } from 'vitest';
import { messageFor, toProblem, unclaimed } from './problem';

const texts = { network: 'network down', unexpected: (status: number) => `unexpected ${status}` };

function problemResponse(status: number, body: unknown, contentType = 'application/problem+json') {
  return new ResponseError(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }));
}

describe('toProblem', () => {
  it('keeps the server’s problem, already in the user’s language, with its field errors', async () => {
    const problem = await toProblem(
      problemResponse(422, {
        type: 'https://sanpin.gxt.hunan.gov.cn/problems/validation',
        title: '请求参数校验未通过',
        status: 422,
        errors: [{ field: 'quota', message: '必须大于0' }],
      }),
      texts,
    );
    expect(problem).toEqual({ status: 422, title: '请求参数校验未通过', detail: undefined, errors: [{ field: 'quota', message: '必须大于0' }] });
  });

  it('describes a response that is not a problem by its status', async () => {
    const error = new ResponseError(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    expect(await toProblem(error, texts)).toEqual({ status: 502, title: 'unexpected 502', errors: [] });
  });

  it('names a failed connection as such', async () => {
    expect(await toProblem(new TypeError('Failed to fetch'), texts)).toMatchObject({ status: 0, title: 'network down' });
  });

  it('rethrows what is not an API failure', async () => {
    await expect(toProblem(new RangeError('bug'), texts)).rejects.toThrow('bug');
  });
});

describe('field errors', () => {
  const errors = [
    { field: 'content.innovation.rdSpending', message: '须填写2023–2025年的数据' },
    { field: 'content.innovation.rdSpending[1].amountTenThousandYuan', message: '不能为负数' },
    { field: 'content.innovation.talentTeam', message: '提交前必须填写' },
    { field: 'schedule.applicationClosesOn', message: '必须是工作日' },
  ];

  it('go to the form item of their field and of the fields inside it', () => {
    expect(messageFor(errors, 'content.innovation.rdSpending')).toBe('须填写2023–2025年的数据；不能为负数');
    expect(messageFor(errors, 'schedule.applicationClosesOn')).toBe('必须是工作日');
  });

  it('do not go to a field whose name merely starts the same', () => {
    expect(messageFor(errors, 'content.innovation.rd')).toBeUndefined();
    expect(messageFor(errors, 'schedule.application')).toBeUndefined();
  });

  it('that no shown field claims are listed with the problem', () => {
    expect(unclaimed(errors, ['content.innovation', 'schedule.applicationOpensOn'])).toEqual([errors[3]]);
  });
});
