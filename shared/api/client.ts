/**
 * The typed client every front end uses, whatever carries the calls.
 *
 * A transport only moves `{method, input}` one way and `CallResponse` back; this wraps it so that
 * callers get typed results and a thrown `ApiError` on failure.
 */
import { ApiError, isApiErrorShape } from './errors';
import type { MethodInput, MethodName, MethodResult } from './contract';
import type { CallResponse, EventMap, EventName } from './wire';

export interface Transport {
  invoke(method: string, input: unknown): Promise<CallResponse>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const response = await transport.invoke(method, input);
      if (response.ok) return response.result as never;
      const error = isApiErrorShape(response.error)
        ? response.error
        : { code: 'internal' as const, message: 'The workbench sent back an answer it could not read.' };
      throw new ApiError(error.code, error.message, error.details);
    },
    subscribe: (event, listener) => transport.subscribe(event, listener),
  };
}
