/**
 * The typed client every front end uses, whatever carries the calls.
 *
 * A transport only moves `{method, input}` one way and `CallResponse` back; this wraps it so that
 * callers get typed results and a thrown `ApiError` on failure.
 */
import { ApiError, isApiErrorShape } from './errors';
import type { MethodInput, MethodName, MethodResult } from './contract';
import type { CallResponse, EventMap, EventName } from './wire';

/** A file handed to the backend for a later call (an import) to name by its upload id. */
export interface UploadedFile {
  uploadId: string;
  fileName: string;
  size: number;
}

export interface Transport {
  invoke(method: string, input: unknown): Promise<CallResponse>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
  /** Sends a file's bytes to the backend's staging area; answers like a call whose result is an UploadedFile. */
  upload?(fileName: string, bytes: Blob | ArrayBuffer): Promise<CallResponse>;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
  upload(fileName: string, bytes: Blob | ArrayBuffer): Promise<UploadedFile>;
}

function unwrap(response: CallResponse): unknown {
  if (response.ok) return response.result;
  const error = isApiErrorShape(response.error)
    ? response.error
    : { code: 'internal' as const, message: 'The workbench sent back an answer it could not read.' };
  throw new ApiError(error.code, error.message, error.details);
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      return unwrap(await transport.invoke(method, input)) as never;
    },
    subscribe: (event, listener) => transport.subscribe(event, listener),
    async upload(fileName, bytes) {
      if (!transport.upload) throw new ApiError('internal', 'Files cannot be sent over this connection.');
      return unwrap(await transport.upload(fileName, bytes)) as UploadedFile;
    },
  };
}
