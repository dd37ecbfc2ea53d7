/** Every handler group, registered once. Adding a contract method means adding its handler here. */
import { HandlerRegistry } from '../api/registry';
import { appHandlers } from './app';
import { investigationHandlers } from './investigations';
import { meetingHandlers } from './meetings';
import { memberHandlers } from './members';
import { evidenceHandlers } from './evidence';
import { transcriptHandlers } from './transcripts';
import { sourceHandlers } from './sources';
import { metricHandlers } from './metrics';
import { reportHandlers } from './report';
import { exportHandlers } from './export';
import { versionHandlers } from './versions';
import { backupHandlers } from './backups';
import { bundleHandlers } from './bundles';

export function createRegistry(): HandlerRegistry {
  return new HandlerRegistry()
    .register(appHandlers)
    .register(investigationHandlers)
    .register(memberHandlers)
    .register(meetingHandlers)
    .register(transcriptHandlers)
    .register(evidenceHandlers)
    .register(sourceHandlers)
    .register(metricHandlers)
    .register(reportHandlers)
    .register(exportHandlers)
    .register(versionHandlers)
    .register(backupHandlers)
    .register(bundleHandlers)
    .assertComplete();
}
