import { FetchError, ResponseError, type FieldError } from '@sanpin/application-api';

/** An API failure as the UI shows it: RFC 9457 fields, already in the user's language when the server wrote them. */
export interface ApiProblem {
  status: number;
  title: string;
  detail?: string;
  errors: FieldError[];
}

/** Texts for failures the server did not describe itself (network down, a proxy's HTML page). */
export interface ProblemTexts {
  network: string;
  unexpected: (status: number) => string;
}

function isProblemBody(body: unknown): body is { title?: string; detail?: string; status?: number; errors?: FieldError[] } {
  return typeof body === 'object' && body !== null && ('title' in body || 'errors' in body);
}

export async function toProblem(error: unknown, texts: ProblemTexts): Promise<ApiProblem> {
  if (error instanceof ResponseError) {
    const { response } = error;
    const body: unknown = response.headers.get('Content-Type')?.includes('json')
      ? await response.json().catch(() => undefined)
      : undefined;
    if (isProblemBody(body)) {
      return {
        status: body.status ?? response.status,
        title: body.title ?? texts.unexpected(response.status),
        detail: body.detail,
        errors: body.errors ?? [],
      };
    }
    return { status: response.status, title: texts.unexpected(response.status), errors: [] };
  }
  if (error instanceof FetchError || error instanceof TypeError) {
    return { status: 0, title: texts.network, errors: [] };
  }
  throw error;
}

/**
 * Whether a field error belongs to the form item at `path`: the same field, or one inside it
 * (`content.innovation.rdSpending` owns `content.innovation.rdSpending[1].amountTenThousandYuan`).
 */
export function concerns(errorField: string, path: string): boolean {
  return errorField === path || errorField.startsWith(`${path}.`) || errorField.startsWith(`${path}[`);
}

/** The messages for the form item at `path`, joined, or undefined when it has none (what el-form-item `error` takes). */
export function messageFor(errors: readonly FieldError[], path: string): string | undefined {
  const messages = errors.filter((e) => concerns(e.field, path)).map((e) => e.message);
  return messages.length ? [...new Set(messages)].join('；') : undefined;
}

/** Errors no shown field claims: listed with the problem itself so that none goes unseen. */
export function unclaimed(errors: readonly FieldError[], shownPaths: readonly string[]): FieldError[] {
  return errors.filter((e) => !shownPaths.some((path) => concerns(e.field, path)));
}
