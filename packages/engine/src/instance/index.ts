export {
  type ClaimOptions,
  claimInstance,
  type InstanceClaim,
  type InstanceRecord,
  type OwnInstance,
  probeLaunchUrl,
  type RunningInstance,
  readInstanceRecord,
} from './instance-file.ts';
