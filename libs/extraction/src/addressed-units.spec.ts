import { addressedLeadIn } from './addressed-units.js';
import { findAssignees } from './assignees.js';
import { extractDirective } from './extract-directive.js';

const read = (body: string[], header = ['THỦ TƯỚNG CHÍNH PHỦ', 'Số: 31/CT-TTg', 'Hà Nội, ngày 28 tháng 11 năm 2012']) =>
  extractDirective([...header, '', ...body].join('\n')).directive.requirements;

describe('a lead-in that ends by naming its addressee', () => {
  const chairmen = 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương';

  it('names the addressee after "yêu cầu" in mid-sentence (Chỉ thị 31/CT-TTg)', () => {
    expect(
      addressedLeadIn(
        `Để làm tốt hơn nữa công tác "Đền ơn đáp nghĩa", Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:`,
      ),
    ).toEqual([chairmen]);
  });

  it('names no one for everyone in general words', () => {
    expect(addressedLeadIn('do vậy, yêu cầu các bộ, ngành, địa phương, đơn vị, cá nhân liên quan:')).toEqual([]);
  });

  it('gives the numbered items its addressee, unless an item names its own actor', () => {
    const requirements = read([
      'CHỈ THỊ',
      'VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ, GIẢI QUYẾT VIỆC LÀM CHO CON LIỆT SĨ',
      '',
      'Để làm tốt hơn nữa công tác "Đền ơn đáp nghĩa", Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:',
      '',
      '1. Chỉ đạo các cấp đưa nội dung đào tạo nghề cho con liệt sĩ trở thành một chỉ tiêu cụ thể trong kế hoạch 5 năm và hàng năm về đào tạo nghề.',
      '',
      '2. Cơ quan Lao động - Thương binh và Xã hội ở địa phương có trách nhiệm thống kê, rà soát con liệt sĩ có nhu cầu đào tạo nghề.',
      '',
      '3. Định kỳ hàng năm gửi báo cáo về Bộ Lao động - Thương binh và Xã hội về việc đào tạo nghề, giải quyết việc làm.',
    ]);
    expect(requirements.map((r) => r.assignees)).toEqual([
      [chairmen],
      ['Cơ quan Lao động - Thương binh và Xã hội ở địa phương'],
      [chairmen],
    ]);
  });
});

describe('words that look like a cue', () => {
  it('"giao ban" is a briefing, not "giao" + a board (Công văn 3192/BGDĐT-CSVCTBTH)', () => {
    expect(
      findAssignees(
        'Để chuẩn bị nội dung giao ban trực tuyến toàn quốc đánh giá tình hình, dự kiến trong tháng 6/2010, Bộ Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo kết quả thực hiện Đề án',
      ),
    ).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
  });

  it('"dành" ends the last name of a list (Công văn 1086/TTg-DMDN)', () => {
    expect(
      findAssignees(
        'Đề nghị các đồng chí: Tổng Giám đốc Bảo hiểm Xã hội Việt Nam, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương dành thời gian, trí tuệ nghiên cứu, góp ý vào dự thảo Nghị quyết nêu trên',
      ),
    ).toEqual([
      'Tổng Giám đốc Bảo hiểm Xã hội Việt Nam',
      'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
    ]);
  });
});

describe('the closing call to carry a chỉ thị out', () => {
  it('is no task when it asks to carry it out "nghiêm túc, hiệu quả" (Chỉ thị 31/CT-TTg)', () => {
    const requirements = read([
      'CHỈ THỊ',
      'VỀ VIỆC THỰC HIỆN CÔNG TÁC ĐÀO TẠO NGHỀ CHO CON LIỆT SĨ',
      '',
      'Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:',
      '',
      '1. Xây dựng kế hoạch phối hợp cụ thể với các Bộ, ngành trung ương để làm tốt công tác đào tạo nghề.',
      '',
      'Đẩy mạnh công tác đào tạo nghề cho con liệt sĩ là nhiệm vụ cấp bách. Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện nghiêm túc, hiệu quả Chỉ thị này./.',
    ]);
    expect(requirements.map((r) => r.ref)).toEqual(['1']);
  });
});

describe('a name whose words the page glues', () => {
  it('is given whole as an assignee and in the text (Công văn 7829/VPCP-QHQT)', () => {
    const [requirement] = read(
      [
        'Kính gửi: Ủy ban nhân dân thành phố Hải Phòng',
        '',
        'Thủ tướng Nguyễn Tấn Dũng có ý kiến như sau:',
        '',
        '1. Ủy ban nhân dân thành phố HảiPhòng chủ động phối hợp với các Bộ/ngành để mời thành phần phù hợp tham dự.',
        '',
        '2. Ủy ban nhân dân thành phố Hải Phòng chuẩn bị nội dung thảo luận tại Hội nghị.',
      ],
      ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 7829/VPCP-QHQT', 'Hà Nội, ngày 01 tháng 11 năm 2010'],
    );
    expect(requirement.assignees).toEqual(['Ủy ban nhân dân thành phố Hải Phòng']);
    expect(requirement.text).toContain('thành phố Hải Phòng chủ động');
  });
});

describe('a leader opinion conveyed by the Government Office', () => {
  const body = (sentence: string) => [
    'Kính gửi: Bộ Giáo dục và Đào tạo',
    'Xét báo cáo của Bộ Giáo dục và Đào tạo tại văn bản số 932/BC-BGDĐT ngày 23 tháng 7 năm 2013, Phó Thủ tướng Nguyễn Thiện Nhân có ý kiến như sau:',
    sentence,
    'Văn phòng Chính phủ thông báo để quý Bộ và các cơ quan liên quan biết, thực hiện./.',
  ];
  const header = ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 7447/VPCP-KGVX', 'Hà Nội, ngày 06 tháng 09 năm 2013'];

  it('gives the unit the sentence after it opens with a task, whatever its verb (Công văn 7447/VPCP-KGVX)', () => {
    const requirements = read(
      body(
        'Bộ Giáo dục và Đào tạo hoàn thiện báo cáo sơ kết 3 năm thực hiện Đề án; đề xuất các giải pháp cần triển khai trong giai đoạn 2013 - 2015.',
      ),
      header,
    );
    expect(requirements.map((r) => r.assignees)).toEqual([['Bộ Giáo dục và Đào tạo']]);
  });

  it('gives no task for what a unit has done', () => {
    expect(read(body('Bộ Giáo dục và Đào tạo đã hoàn thiện báo cáo sơ kết 3 năm thực hiện Đề án.'), header)).toEqual(
      [],
    );
  });
});
