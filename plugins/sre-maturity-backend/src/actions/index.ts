import { createExplainCriterionAction } from './createExplainCriterionAction';
import { createGetEntityMaturityAction } from './createGetEntityMaturityAction';
import { createGetModelAction } from './createGetModelAction';
import { createListEntitiesAction } from './createListEntitiesAction';
import { createRecordAnswersAction } from './createRecordAnswersAction';
import { SreMaturityActionsOptions } from './types';

/**
 * Registers the plugin's actions, which the MCP actions backend serves to
 * AI assistants. The registry checks no permissions: each action reads and
 * writes through the services of the REST API, as the caller.
 */
export function createSreMaturityActions(options: SreMaturityActionsOptions) {
  createGetEntityMaturityAction(options);
  createListEntitiesAction(options);
  createGetModelAction(options);
  createExplainCriterionAction(options);
  createRecordAnswersAction(options);
}
