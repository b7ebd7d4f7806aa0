import type { ApiError, FieldError } from '../protocol/generated';

/** A REST call that did not succeed. `serverMessage` is the server's Vietnamese text when it sent one. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string | null,
    readonly fields: readonly FieldError[],
    readonly retryAfterSeconds: number | null,
  ) {
    super(serverMessage ?? `${status} ${code}`);
  }

  /** The request never got an answer (offline, server down, connection cut). */
  static network(): ApiFailure {
    return new ApiFailure(0, 'network', null, [], null);
  }

  static async fromResponse(response: Response): Promise<ApiFailure> {
    const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
    const retryAfterSeconds = Number.isFinite(retryAfter) ? retryAfter : null;
    const body = await readApiError(response);
    if (!body) {
      return new ApiFailure(response.status, 'unexpected', null, [], retryAfterSeconds);
    }
    return new ApiFailure(response.status, body.code, body.message || null, body.fields ?? [], retryAfterSeconds);
  }

  fieldMessage(field: string): string | null {
    return this.fields.find((error) => error.field === field)?.message ?? null;
  }
}

async function readApiError(response: Response): Promise<ApiError | null> {
  try {
    const body = (await response.json()) as Partial<ApiError> | null;
    return body && typeof body.code === 'string' ? (body as ApiError) : null;
  } catch {
    return null;
  }
}
