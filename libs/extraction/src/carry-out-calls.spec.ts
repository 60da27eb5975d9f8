import { dropCarryOutCalls, onlyCarriesOut } from './carry-out-calls.js';

describe('onlyCarriesOut: the closing call to carry the document out, read by what it lacks', () => {
  it.each([
    // dev hatinh-2025-11-kehoach-giaoducmamnon-khucongnghiep, the last paragraph of the plan.
    'Ủy ban nhân dân tỉnh giao Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể cấp tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường, các cơ quan liên quan theo chức năng, nhiệm vụ được giao tại kế hoạch này triển khai thực hiện đảm bảo mục đích, yêu cầu, hiệu quả, đúng quy định.',
    // dev hcm-2025-11-qd-kehoach-csdl-quyhoach, IV.7.
    'Các cơ quan, đơn vị được phân công nhiệm vụ có trách nhiệm thực hiện nghiêm túc theo đúng tiến độ, chất lượng.',
    // The wordings plan-asides.ts and describes.ts list (Kế hoạch 980 and 982/KH-UBND Nghệ An).
    'Yêu cầu các sở, ban, ngành, Ủy ban nhân dân các xã, phường và các đơn vị có liên quan thực hiện nghiêm túc./.',
    'Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị triển khai và thực hiện có hiệu quả các nội dung nêu trên.',
    'Bộ Tài chính yêu cầu các Cục Hải quan tỉnh, thành phố triển khai thực hiện.',
    'Yêu cầu Thủ trưởng các cơ quan, đơn vị khẩn trương triển khai thực hiện Chỉ thị này.',
    // samples/bodies bvhttdl-2025-11-dondoc-nhiemvu-nq57, the last paragraph (an issuer's name with commas).
    'Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ tập trung nguồn lực, đảm bảo tiến độ được giao.',
    // samples/bodies kh-dongthap-2025-11-kehoach-tainguyen-bien VI.1 (Kế hoạch 556/KH-UBND Đồng Tháp): "căn cứ", "nghiên cứu"
    // and "đảm bảo phù hợp với chức năng, nhiệm vụ của ngành, cơ quan, đơn vị mình" carry the plan out too.
    'Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu triển khai thực hiện, đảm bảo phù hợp với chức năng, nhiệm vụ của ngành, cơ quan, đơn vị mình.',
  ])('no task: %s', (text) => expect(onlyCarriesOut(text)).toBe(true));

  it.each([
    // A decision's execution article is a task (dev bkhdt-2024-10-qd-dinhchinh-thongtu-dauthau-ppp).
    'Cục trưởng Cục Quản lý đấu thầu và Thủ trưởng các cơ quan, đơn vị, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này',
    'Chánh Văn phòng, Giám đốc các Sở chịu trách nhiệm tổ chức thực hiện Quyết định này.',
    // dev hcm-2025-11-kehoach-luat-vieclam IV.2: partners told to work with the lead.
    'Các cơ quan phối hợp có trách nhiệm phối hợp với cơ quan chủ trì thực hiện các nhiệm vụ được giao theo Kế hoạch này',
    // dev dongthap-2025-12-kehoach-chuyendoiso-doanhnghiep IV.7: a plan of their own to write.
    'Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao, xây dựng kế hoạch, chương trình cụ thể để triển khai thực hiện',
    // Following the call up, or reporting on it, is work.
    'Văn phòng Chính phủ theo dõi, đôn đốc các Bộ, cơ quan, địa phương thực hiện nghiêm túc Công điện này.',
    'Các sở, ngành báo cáo kết quả thực hiện Kế hoạch này.',
    'Các đơn vị tổ chức thực hiện tốt công tác tuyên truyền.',
  ])('a task: %s', (text) => expect(onlyCarriesOut(text)).toBe(false));

  it('keeps the call when its item goes on under the same ref (dev ttg-2025-11-qd-kehoach-luat-baove-dulieu-canhan IV.2)', () => {
    const call = {
      ref: 'IV.2',
      text: 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm thực hiện Kế hoạch này',
    };
    const next = { ref: 'IV.2', text: 'Căn cứ nội dung Kế hoạch này, các bộ xây dựng kế hoạch chi tiết' };
    expect(dropCarryOutCalls([call, next])).toEqual([call, next]);
    expect(dropCarryOutCalls([call, { ...next, ref: 'IV.3' }])).toEqual([{ ...next, ref: 'IV.3' }]);
  });
});
