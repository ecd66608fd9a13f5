import { createPermission } from '@backstage/plugin-permission-common';

// The catalog's RESOURCE_TYPE_CATALOG_ENTITY, spelled out to avoid depending
// on @backstage/plugin-catalog-common for one constant.
const CATALOG_ENTITY_RESOURCE_TYPE = 'catalog-entity';

/**
 * Updating an entity's assessment. A resource permission on the entity, so
 * that a policy can, for example, allow it only to the entity's owners.
 *
 * @public
 */
export const sreMaturityAssessmentUpdatePermission = createPermission({
  name: 'sre-maturity.assessment.update',
  attributes: { action: 'update' },
  resourceType: CATALOG_ENTITY_RESOURCE_TYPE,
});

/**
 * Triggering a catalog sync, meant for administrators.
 *
 * @public
 */
export const sreMaturitySyncPermission = createPermission({
  name: 'sre-maturity.sync',
  attributes: { action: 'update' },
});

/**
 * Creating, changing and deleting the campaigns stored in the database,
 * meant for SRE leads. Reading campaigns needs no permission beyond
 * Backstage credentials.
 *
 * @public
 */
export const sreMaturityCampaignManagePermission = createPermission({
  name: 'sre-maturity.campaign.manage',
  attributes: { action: 'update' },
});

/**
 * Every permission of the plugin.
 *
 * @public
 */
export const sreMaturityPermissions = [
  sreMaturityAssessmentUpdatePermission,
  sreMaturitySyncPermission,
  sreMaturityCampaignManagePermission,
];
