/**
 * The in-process transport, for tests and the CLI. Inputs and results are passed through JSON
 * exactly as over IPC or HTTP, so anything that works here works over the other transports too.
 */
import type { Transport } from '../../shared/api/client';
import type { CallResponse, EventMap, EventName } from '../../shared/api/contract';

interface Dispatcher {
  dispatch(method: string, input: unknown): Promise<CallResponse>;
  upload(fileName: string, bytes: Uint8Array): Promise<CallResponse>;
  subscribe<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void;
}

function throughJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function createInProcessTransport(backend: Dispatcher): Transport {
  return {
    async invoke(method, input) {
      let wireInput: unknown;
      try {
        wireInput = throughJson(input);
      } catch {
        return { ok: false, error: { code: 'invalid_input', message: 'The request could not be read (it is not plain data).' } };
      }
      return throughJson(await backend.dispatch(method, wireInput));
    },
    subscribe: (event, listener) => backend.subscribe(event, listener),
    async upload(fileName, bytes) {
      const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : new Uint8Array(await bytes.arrayBuffer());
      return backend.upload(fileName, data);
    },
  };
}
