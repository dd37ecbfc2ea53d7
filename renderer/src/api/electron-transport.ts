/**
 * Transport for the desktop app: the sandboxed preload's `window.scrutiny` bridge, which carries
 * the same `{method, input}` → CallResponse exchange over IPC.
 */
import type { CallResponse } from '../../../shared/api/contract';
import type { Transport } from '../../../shared/api/client';
import { failure, isCallResponse } from './wire';

export function createElectronTransport(bridge: ScrutinyBridge): Transport {
  return {
    async invoke(method: string, input: unknown): Promise<CallResponse> {
      try {
        const answer = await bridge.invoke(method, input);
        if (isCallResponse(answer)) return answer;
        return failure('internal', 'The desktop app sent back an answer it could not read. Restart the app and try again.');
      } catch {
        return failure('internal', 'The desktop app could not pass this request on. Restart the app and try again.');
      }
    },
    subscribe(event, listener) {
      return bridge.subscribe(event, (payload) => listener(payload as never));
    },
  };
}
