/** The API's one error shape: a status, a code the client maps, a Chinese message, and where known the field and details. */
export type ErrorBody<Details = unknown> = { statusCode: number; code: string; message: string; field?: string; details?: Details };
