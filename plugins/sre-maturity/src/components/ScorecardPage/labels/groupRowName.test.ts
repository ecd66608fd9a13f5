import { groupRowName } from './groupRowName';

describe('groupRowName', () => {
  it('names a group by its title, else by its ref as the filters show it', () => {
    expect(
      groupRowName('owner', {
        key: 'group:default/team-payments-fraud',
        title: 'Payments – Fraud',
      }),
    ).toBe('Payments – Fraud');
    expect(groupRowName('owner', { key: 'group:default/team-a' })).toBe(
      'team-a',
    );
    expect(groupRowName('system', { key: 'system:default/shop' })).toBe('shop');
  });

  it('names the entities without an owner or system', () => {
    expect(groupRowName('owner', { key: null })).toBe('No owner');
    expect(groupRowName('system', { key: null })).toBe('No system');
  });
});
