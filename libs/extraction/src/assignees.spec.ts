/**
 * Who a requirement names as acting. Each sentence is quoted from a document of the dev split of
 * samples/corpus (folder named); the expected units are that document's gold.
 */
import { findAssignees } from './assignees.js';
import { parseRequirements, toParagraphs } from './parse-body.js';
import { splitLines } from './text-utils.js';

const requirements = (lines: string[]) => parseRequirements(toParagraphs(splitLines(lines.join('\n'))));

describe('the addressee of a cue', () => {
  it('takes the first cue that names a unit (dev/vpcp-2016-05-quyhoach-conmoong)', () => {
    expect(
      findAssignees(
        'Đồng ý chủ trương giao Ủy ban nhân dân tỉnh Thanh Hóa chủ trì lập Quy hoạch tổng thể di tích quốc gia đặc biệt hang Con Moong',
      ),
    ).toEqual(['Ủy ban nhân dân tỉnh Thanh Hóa']);
  });

  it('keeps generic partners: they are named as acting (dev/vpcp-2016-05-quyhoach-conmoong)', () => {
    expect(
      findAssignees(
        'Giao Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan liên quan tổ chức thẩm định Nhiệm vụ quy hoạch',
      ),
    ).toEqual(['Bộ Văn hóa, Thể thao và Du lịch', 'các cơ quan liên quan']);
  });

  it('adds the unit the addressee is told to have lead (dev/byt-2021-05-tieuchi-ytexa)', () => {
    expect(
      findAssignees(
        'Do vậy, Bộ Y tế trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chỉ đạo Sở Y tế làm đầu mối tổ chức thực hiện đánh giá kết quả thực hiện Bộ Tiêu chí',
      ),
    ).toEqual(['Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương', 'Sở Y tế']);
  });
});

describe('the unit that opens a sentence', () => {
  it('comes after an opening phrase of time (dev/baccamranh-2025-11-kehoach-giamsat-baucu, dev/luongminh-2026-01-kehoach-laykien-cutri)', () => {
    expect(
      findAssignees(
        'Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ Việt Nam phường, chịu trách nhiệm tổng hợp báo cáo tình hình',
      ),
    ).toEqual(['Ban Thường trực Ủy ban MTTQ Việt Nam phường']);
    expect(
      findAssignees(
        'Sau hội nghị hiệp thương lần thứ hai, trên cơ sở danh sách sơ bộ những người được giới thiệu ứng cử đại biểu HDDND xã nhiệm kỳ 2026-2031, Ban Thường trực UBMTTQ xã ban hành Kế hoạch tổ chức hội nghị',
      ),
    ).toEqual(['Ban Thường trực UBMTTQ xã']);
  });

  it('comes after a long label ending in ":" (dev/luongminh-2025-12-kehoach-tiepcongdan-baucu)', () => {
    expect(
      findAssignees(
        'Đối với đơn thư liên quan đến người ứng cử đại biểu Quốc hội và đại biểu HĐND tỉnh: Ban Thường trực UBMTTQ xã phải chuyển ngay đến Ủy ban Bầu cử tỉnh Quảng Ninh',
      ),
    ).toEqual(['Ban Thường trực UBMTTQ xã']);
  });

  it('ends before "trong", and "Đoàn kiểm tra, giám sát" is one name (dev/baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
    expect(
      findAssignees(
        'Đoàn kiểm tra trong quá trình kiểm tra, giám sát công tác bầu cử nếu có vấn đề gì phát sinh thì báo cáo kịp thời',
      ),
    ).toEqual(['Đoàn kiểm tra']);
    expect(findAssignees('Đoàn kiểm tra, giám sát làm việc với đối tượng giám sát bằng hình thức trực tiếp')).toEqual([
      'Đoàn kiểm tra, giám sát',
    ]);
  });

  it('keeps one person\'s titles together and reads each ";" clause\'s subject (dev/luongminh-2025-11-kehoach-baucu)', () => {
    expect(
      findAssignees(
        'Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Uỷ ban MTTQ Việt Nam xã lãnh đạo, chỉ đạo chung, toàn diện công tác bầu cử',
      ),
    ).toEqual(['Đồng chí Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã']);
    expect(
      findAssignees(
        'Đồng chí Uỷ viên Ban Ban chấp hành Đảng bộ, Phó Chủ tịch Thường trực Uỷ ban MTTQ Việt Nam xã chỉ đạo trực tiếp các chuyên viên',
      ),
    ).toEqual(['Đồng chí Ủy viên Ban Ban chấp hành Đảng bộ, Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam xã']);
    expect(
      findAssignees(
        'Các đồng chí Phó Chủ tịch Uỷ ban MTTQ Việt Nam xã chỉ đạo thực hiện; các Chuyên viên cơ quan MTTQ xã được phân công phụ trách thực hiện các nhiệm vụ theo Kế hoạch',
      ),
    ).toEqual(['Các đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam xã', 'các Chuyên viên cơ quan MTTQ xã']);
  });
});

describe('a heading that names the units for its items (dev/cantho-2025-11-kehoach-danso)', () => {
  it('splits units at ";" and ends a wrapped heading at the empty line', () => {
    const found = requirements([
      '4. Sở Văn',
      'hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Cần Thơ',
      '',
      'Chỉ đạo các cơ quan truyền',
      'thông, báo chí tăng thời lượng, nâng cao chất lượng các chương trình tuyên truyền.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([
      ['Sở Văn hóa, Thể thao và Du lịch', 'Báo và Phát thanh, Truyền hình Cần Thơ'],
    ]);
  });

  it('reads "Sở, ban, ngành ...", "Đề nghị <unit>" and "A và Ủy ban ..." headings', () => {
    const found = requirements([
      '5. Sở, ban, ngành liên quan',
      '',
      'Căn cứ theo chức năng, nhiệm vụ, quyền hạn được giao, chủ động phối hợp với Sở Y tế trong việc tổ chức triển khai.',
      '7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố',
      '',
      'Phối hợp với các ngành, các cấp tăng cường các hoạt động tuyên truyền.',
      '8. Sở, ban, ngành thành phố và Ủy ban nhân dân xã, phường',
      '',
      'Căn cứ chức năng, nhiệm vụ, quyền hạn được giao tổ chức triển khai thực hiện Kế hoạch theo quy định.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([
      ['Sở, ban, ngành liên quan'],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố'],
      ['Sở, ban, ngành thành phố', 'Ủy ban nhân dân xã, phường'],
    ]);
  });

  it('reads "Tổ chức ..." as the verb, not a unit (dev/baccamranh-2025-11-kehoach-giamsat-baucu)', () => {
    const found = requirements([
      '3. Tổ chức đoàn kiểm tra, giám sát',
      '- Ban hành quyết định thành lập Đoàn kiểm tra, giám sát bao gồm đại diện lãnh đạo Ban Thường trực.',
    ]);
    expect(found.map((r) => r.assignees)).toEqual([[]]);
  });
});
