export * from './ChangeTimeline';
