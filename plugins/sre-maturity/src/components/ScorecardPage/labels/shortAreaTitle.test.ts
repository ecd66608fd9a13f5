import { shortAreaTitle } from './shortAreaTitle';

describe('shortAreaTitle', () => {
  it('keeps the part before the first comma or conjunction', () => {
    expect(shortAreaTitle('On Call, Escalations and Incidents')).toBe(
      'On Call',
    );
    expect(shortAreaTitle('People and Culture')).toBe('People');
    expect(shortAreaTitle('Build & Release')).toBe('Build');
    expect(shortAreaTitle('Capacity / Performance')).toBe('Capacity');
  });

  it('leaves short titles alone', () => {
    expect(shortAreaTitle('Observability')).toBe('Observability');
    expect(shortAreaTitle('Room to improve')).toBe('Room to improve');
    expect(shortAreaTitle('Andromeda')).toBe('Andromeda');
  });
});
