/** An API failure with the stable id and the message the server sent (or one made up for network failures). */
export class ApiError extends Error {
  readonly status: number;
  readonly id: string;
  readonly fields: Record<string, string> | undefined;

  constructor(status: number, id: string, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.id = id;
    this.fields = fields;
  }
}

/** Any thrown value as an ApiError, so every screen can show a message in its error summary. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(0, 'network-error', `The app could not reach the server (${message}). Try again.`);
}
