import { missingForSubmission, normaliseDraftDates, parseDraftDate } from './draft-checks.js';
import { BODY_PLACEHOLDER } from './reply-drafts.js';

describe('draft dates and completeness', () => {
  it('reads dates typed the Vietnamese way, and ISO', () => {
    expect(parseDraftDate('30/11/2026')).toBe('2026-11-30');
    expect(parseDraftDate('5/8/2024')).toBe('2024-08-05');
    expect(parseDraftDate('05.08.2024')).toBe('2024-08-05');
    expect(parseDraftDate('11/2026')).toBe('2026-11');
    expect(parseDraftDate('2026-11-30')).toBe('2026-11-30');
  });

  it('refuses what is not a real day', () => {
    expect(parseDraftDate('31/02/2026')).toBeNull();
    expect(parseDraftDate('30/13/2026')).toBeNull();
    expect(parseDraftDate('hôm nay')).toBeNull();
    expect(() => normaliseDraftDates({ date: '31/02/2026' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE', httpStatus: 422 }),
    );
  });

  it('normalises the model date and deadline', () => {
    expect(normaliseDraftDates({ date: '30/11/2026', deadline: '3/12/2026', place: 'Mỹ Đức' })).toEqual({
      date: '2026-11-30',
      deadline: '2026-12-03',
      place: 'Mỹ Đức',
    });
  });

  it('names what is missing before submission', () => {
    const complete = {
      place: 'Đống Đa',
      recipients: ['Ủy ban nhân dân quận Đống Đa'],
      signer: { name: 'Nguyễn Văn Bình' },
      body: [{ text: 'Đã thực hiện.' }],
    };
    expect(missingForSubmission(complete)).toEqual([]);
    expect(
      missingForSubmission({
        ...complete,
        place: ' ',
        recipients: [''],
        signer: { name: null },
        body: [{ text: BODY_PLACEHOLDER }],
      }),
    ).toEqual(['Địa danh', 'Kính gửi', 'Họ và tên người ký', 'Nội dung (còn đoạn chờ bổ sung)']);
  });
});
