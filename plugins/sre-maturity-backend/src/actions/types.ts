import { AuditorService, AuthService } from '@backstage/backend-plugin-api';
import {
  ActionsRegistryActionOptions,
  ActionsRegistryService,
} from '@backstage/backend-plugin-api/alpha';
import { MaturityModel } from '@sre-maturity/backstage-plugin-common';
import { AssessmentService } from '../assessment/AssessmentService';
import { GroupTreeStore } from '../database/GroupTreeStore';
import { ScorecardStore } from '../database/ScorecardStore';
import { EntityVisibilityResolver } from '../service/EntityVisibilityResolver';

/** The zod that the actions registry passes to schema functions. */
export type Zod = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/** What the actions read and write through: the services the router uses. */
export interface SreMaturityActionsOptions {
  actionsRegistry: ActionsRegistryService;
  auth: AuthService;
  auditor: AuditorService;
  assessments: AssessmentService;
  visibility: EntityVisibilityResolver;
  scorecard: ScorecardStore;
  groupTree: GroupTreeStore;
  model: MaturityModel;
  staleAfterDays: number;
}
