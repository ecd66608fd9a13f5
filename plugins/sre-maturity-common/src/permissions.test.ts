import {
  isResourcePermission,
  isUpdatePermission,
} from '@backstage/plugin-permission-common';
import {
  sreMaturityAssessmentUpdatePermission,
  sreMaturityCampaignManagePermission,
  sreMaturityPermissions,
  sreMaturitySyncPermission,
} from './permissions';

describe('permissions', () => {
  it('makes updating an assessment a resource permission on catalog entities', () => {
    expect(sreMaturityAssessmentUpdatePermission.name).toBe(
      'sre-maturity.assessment.update',
    );
    expect(
      isResourcePermission(
        sreMaturityAssessmentUpdatePermission,
        'catalog-entity',
      ),
    ).toBe(true);
    expect(isUpdatePermission(sreMaturityAssessmentUpdatePermission)).toBe(
      true,
    );
  });

  it('makes the sync a basic update permission', () => {
    expect(sreMaturitySyncPermission).toEqual({
      type: 'basic',
      name: 'sre-maturity.sync',
      attributes: { action: 'update' },
    });
  });

  it('makes managing campaigns a basic update permission, listed with the others', () => {
    expect(sreMaturityCampaignManagePermission).toEqual({
      type: 'basic',
      name: 'sre-maturity.campaign.manage',
      attributes: { action: 'update' },
    });
    expect(sreMaturityPermissions).toContain(
      sreMaturityCampaignManagePermission,
    );
  });
});
