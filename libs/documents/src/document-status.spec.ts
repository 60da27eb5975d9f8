import { registerStatusLabel } from './document-status.js';

describe('the register’s status column', () => {
  it('names a document given back, its day in Vietnam and the sender, whatever its pipeline status', () => {
    expect(registerStatusLabel({ status: 'tasked', takenBack: null })).toBe('Đã giao việc');
    // 18:30 UTC on 5 August is 6 August in Vietnam.
    expect(
      registerStatusLabel({ status: 'tasked', takenBack: { at: '2024-08-05T18:30:00.000Z', by: 'Huyện ủy Mỹ Đức' } }),
    ).toBe('Đã bị thu hồi ngày 06/08/2024 (Huyện ủy Mỹ Đức)');
    expect(registerStatusLabel({ status: 'extracted', takenBack: { at: '2024-08-05T01:00:00.000Z', by: null } })).toBe(
      'Đã bị thu hồi ngày 05/08/2024',
    );
  });
});
