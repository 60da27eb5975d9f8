import { displayName } from './documents.service.js';

describe('displayName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\vanthu\\Công văn 15.pdf', 'Công văn 15.pdf'],
    ['bao\u0000cao\u001f.pdf', 'baocao.pdf'],
    ['   ', 'tai-lieu'],
    ['Cong van'.normalize('NFD'), 'Cong van'],
  ])('turns %j into %j', (name, expected) => expect(displayName(name)).toBe(expected));

  it('composes Vietnamese to NFC', () => {
    expect(displayName('Công văn.pdf'.normalize('NFD'))).toBe('Công văn.pdf'.normalize('NFC'));
  });
});
