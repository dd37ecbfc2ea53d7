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
    async upload(fileName: string, bytes: Blob | ArrayBuffer): Promise<CallResponse> {
      if (!bridge.upload) {
        return failure('internal', 'This version of the desktop app cannot receive files. Update the app and try again.');
      }
      let buffer: ArrayBuffer;
      try {
        // Structured clone carries an ArrayBuffer over IPC; a Blob would arrive empty.
        buffer = bytes instanceof ArrayBuffer ? bytes : await bytes.arrayBuffer();
      } catch {
        return failure('invalid_input', `${fileName} could not be read. Check that the file is still there and try again.`);
      }
      try {
        const answer = await bridge.upload(fileName, buffer);
        if (isCallResponse(answer)) return answer;
        return failure('internal', 'The desktop app sent back an answer it could not read. Restart the app and try again.');
      } catch {
        return failure('internal', 'The desktop app could not receive this file. Restart the app and try again.');
      }
    },
  };
}
