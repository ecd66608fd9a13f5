import {
  isResourcePermission,
  isUpdatePermission,
} from '@backstage/plugin-permission-common';
import {
  sreMaturityAssessmentUpdatePermission,
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
});
