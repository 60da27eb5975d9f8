import { findAssignees } from './assignees.js';
import { headingUnits } from './lead-in-units.js';
import { prepareText } from './text-utils.js';

describe('bodies listed at ";" in a closing article', () => {
  it('"...; các trung tâm chính trị xã, phường, đặc khu; Vụ Lý luận chính trị ..." names each body', () => {
    expect(
      findAssignees(
        'Ban tuyên giáo tỉnh ủy, thành ủy; các trung tâm chính trị xã, phường, đặc khu; Vụ Lý luận chính trị có trách nhiệm thi hành Quyết định này',
      ),
    ).toEqual([
      'Ban tuyên giáo tỉnh ủy, thành ủy',
      'các trung tâm chính trị xã, phường, đặc khu',
      'Vụ Lý luận chính trị',
    ]);
  });
});

describe('the verb that ends a subject', () => {
  it('"Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố xác định chi tiết ...": "xác định" is the act', () => {
    expect(
      findAssignees(
        'Trong quá trình xây dựng dự toán chi ngân sách nhà nước năm 2020, Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố xác định chi tiết chi tiêu cơ sở, chi tiêu mới của địa phương mình cho năm dự toán 2020',
      ),
    ).toEqual(['Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố']);
  });
});

describe('a unit heading that lists several bodies', () => {
  it('"**3. Đề nghị ..., Hội Liên hiệp**" / "" / "**Phụ nữ Thành phố ...**": one bold heading split in two', () => {
    const text = prepareText(
      [
        '**3. Đề nghị Ủy ban Mặt trận',
        'Tổ quốc Việt Nam Thành phố, Hội Liên hiệp**',
        '',
        '**Phụ nữ Thành phố và các tổ',
        'chức thành viên của Mặt trận**',
        '',
        '**4. Sở Y tế**',
        '',
        '**Phòng Nghiệp vụ Y**',
      ].join('\n'),
    );
    expect(text.split('\n')[1]).toBe('Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các tổ');
    // A heading that ends in a capitalised name is not run on.
    expect(text.split('\n').slice(-3)).toEqual(['4. Sở Y tế', '', 'Phòng Nghiệp vụ Y']);
  });

  it('a heading naming three bodies and no act runs past 18 words', () => {
    expect(
      headingUnits(
        '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Hội Liên hiệp Phụ nữ Thành phố và các tổ chức thành viên của Mặt trận',
      ),
    ).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố',
      'Hội Liên hiệp Phụ nữ Thành phố',
      'các tổ chức thành viên của Mặt trận',
    ]);
  });
});

describe('"Trung ương Đoàn" is a name, and the verb after it acts', () => {
  it('"Giao Văn phòng Trung ương Đoàn tham mưu hướng dẫn ..."', () => {
    expect(
      findAssignees('Giao Văn phòng Trung ương Đoàn tham mưu hướng dẫn, kiểm tra, đôn đốc việc thực hiện'),
    ).toEqual(['Văn phòng Trung ương Đoàn']);
  });
});
