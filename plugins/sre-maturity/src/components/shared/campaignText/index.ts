export * from './campaignText';
