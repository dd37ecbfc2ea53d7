/** Every handler group, registered once. Adding a contract method means adding its handler here. */
import { HandlerRegistry } from '../api/registry';
import { appHandlers } from './app';
import { investigationHandlers } from './investigations';
import { meetingHandlers } from './meetings';
import { memberHandlers } from './members';
import { evidenceHandlers } from './evidence';
import { transcriptHandlers } from './transcripts';

export function createRegistry(): HandlerRegistry {
  return new HandlerRegistry()
    .register(appHandlers)
    .register(investigationHandlers)
    .register(memberHandlers)
    .register(meetingHandlers)
    .register(transcriptHandlers)
    .register(evidenceHandlers)
    .assertComplete();
}
