import {
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';

/**
 * A module that hands a test the plugin's own scheduler (the test backend's
 * mock), to trigger the plugin's tasks as the scheduler would: that of the
 * backend started last with `module`.
 */
export function pluginSchedulerModule() {
  let scheduler: SchedulerService | undefined;
  return {
    module: createBackendModule({
      pluginId: 'sre-maturity',
      moduleId: 'test-scheduler',
      register(env) {
        env.registerInit({
          deps: { plugin: coreServices.scheduler },
          async init({ plugin }) {
            scheduler = plugin;
          },
        });
      },
    }),
    scheduler(): SchedulerService {
      if (!scheduler) {
        throw new Error('No backend with the scheduler module has started');
      }
      return scheduler;
    },
  };
}
