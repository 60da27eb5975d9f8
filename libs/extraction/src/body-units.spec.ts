import { findAssignees } from './assignees.js';
import { headingUnits } from './lead-in-units.js';

describe('units named in directive bodies of 2025', () => {
  // bodies/dev/hcm-2025-11-mo-khoangsan-nq664 (Công văn 4001/UBND-ĐT of Hồ Chí Minh City), items 2 and 3.
  it('end before a verb after "liên quan,"', () => {
    expect(
      findAssignees(
        'Giao Sở Nông nghiệp và Môi trường, Sở Tài chính, Sở Xây dựng và các sở, ngành, địa phương liên quan, triển khai thực hiện hiệu quả Nghị quyết số 66.4/2025/NQ-CP của Chính phủ',
      ),
    ).toEqual(['Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Sở Xây dựng', 'các sở, ngành, địa phương liên quan']);
  });

  it('end before "là cơ quan đầu mối"', () => {
    expect(
      findAssignees(
        'Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng và các sở, ngành, địa phương liên quan',
      ),
    ).toEqual(['Sở Nông nghiệp và Môi trường']);
  });

  // bodies/dev/hanoi-2025-dauthau-quanly (Công văn 6397/UBND-KT of Hà Nội), item 2.2.
  it('take "Thanh tra Thành phố" for a body heading its items', () => {
    expect(headingUnits('2.2. Thanh tra Thành phố:')).toEqual(['Thanh tra Thành phố']);
    expect(headingUnits('2.2. Thanh tra, kiểm tra:')).toEqual([]);
  });

  // bodies/dev/hanoi-2025-onhiem-khongkhi-capbach (Công văn 6356/UBND-NNMT of Hà Nội), item 9.2.
  it('read "Đối với <a group told by what it does>" as the group, without its aside', () => {
    expect(
      headingUnits(
        '9.2. Đối với các đơn vị thực hiện dịch vụ, thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt (theo danh sách gửi kèm tại Phụ lục):',
      ),
    ).toEqual(['các đơn vị thực hiện dịch vụ, thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt']);
    expect(headingUnits('2. Đối với các đơn vị:')).toEqual([]);
  });

  // bodies/dev/ttg-2025-11-congdien-xuatkhau-vimo (Công điện 221/CĐ-TTg), item 1.
  it('read the heading "Các Bộ, cơ quan, địa phương" as everyone the công điện speaks to', () => {
    expect(headingUnits('1. Các Bộ, cơ quan, địa phương')).toEqual([]);
    expect(headingUnits('2. Ngân hàng Nhà nước Việt Nam')).toEqual(['Ngân hàng Nhà nước Việt Nam']);
  });

  // bodies/dev/hanoi-2025-dauthau-quanly (Công văn 6397/UBND-KT of Hà Nội), item 1.3.1.
  it("keep a group told by what it was given to do, up to the lead-in's colon", () => {
    expect(
      headingUnits(
        '1.3.1. Đề nghị UBND các xã, phường, các đơn vị được giao làm Bên mời thầu dự án đấu thầu lựa chọn nhà đầu tư:',
      ),
    ).toEqual(['UBND các xã, phường', 'các đơn vị được giao làm Bên mời thầu dự án đấu thầu lựa chọn nhà đầu tư']);
  });
});
