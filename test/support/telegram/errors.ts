export interface ErrorParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** A failure that the emulator answers with Telegram's `{ ok: false, … }` envelope. */
export class ApiError extends Error {
  constructor(
    readonly error_code: number,
    readonly description: string,
    readonly parameters?: ErrorParameters,
  ) {
    super(description);
    this.name = "ApiError";
  }
}

export function badRequest(detail: string, parameters?: ErrorParameters): ApiError {
  return new ApiError(400, `Bad Request: ${detail}`, parameters);
}

export function forbidden(detail: string): ApiError {
  return new ApiError(403, `Forbidden: ${detail}`);
}
