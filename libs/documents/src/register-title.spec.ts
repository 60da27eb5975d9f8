import { extensionOf, formatNumberSymbol, formatRegisterDate, registerTitle, titleFileName } from './register-title.js';

describe('register title', () => {
  it('names a party công văn by type, number, symbol and date (Nghị định 30 zero rules)', () => {
    expect(registerTitle({ docType: 'Công văn', number: '1100', symbol: 'CV/HU', date: '2024-08-07' })).toBe(
      'CV số 1100-CV/HU ngày 07/8/2024',
    );
    expect(registerTitle({ docType: 'Kế hoạch', number: '16', symbol: 'KH-MTTQ-BTT', date: '2025-02-05' })).toBe(
      'KH số 16/KH-MTTQ-BTT ngày 05/02/2025',
    );
  });

  it('keeps an unknown type by name, a month-only date as tháng, and is null without a number', () => {
    expect(registerTitle({ docType: 'Điều lệ', number: '3', symbol: null, date: '2024-11' })).toBe(
      'Điều lệ số 3 tháng 11/2024',
    );
    expect(registerTitle({ docType: 'Công văn', number: null, symbol: 'CV/HU', date: '2024-08-07' })).toBeNull();
    expect(registerTitle({ docType: 'Công văn', number: '5', symbol: 'UBND-VP', date: null })).toBe('CV số 5/UBND-VP');
  });

  it('formats dates and numbers as the register prints them', () => {
    expect(formatRegisterDate('2024-01-12')).toBe('12/01/2024');
    expect(formatRegisterDate('2024-12-31')).toBe('31/12/2024');
    expect(formatRegisterDate(null)).toBe('');
    expect(formatNumberSymbol('3347', 'UBND-NV')).toBe('3347/UBND-NV');
    expect(formatNumberSymbol(null, 'UBND-NV')).toBe('UBND-NV');
  });

  it('makes a file name without slashes and with the type of the stored file', () => {
    expect(titleFileName('CV số 1100-CV/HU ngày 07/8/2024', '.pdf')).toBe('CV số 1100-CV-HU ngày 07-8-2024.pdf');
    expect(extensionOf('image/png', 'scan.bin')).toBe('.png');
    expect(extensionOf(null, 'scan.tiff')).toBe('.tiff');
  });
});
