/**
 * Mined requirement sentences lifted out of real directives outside samples/corpus (from the page quoting them or from
 * their item), read alone by findAssignees; checked by mined-assignees.spec.ts.
 */
import { type MinedCase, TNT } from './mined-assignee-documents.js';

export const SENTENCES: MinedCase[] = [
  {
    source: 'http://dnls.langson.gov.vn/node/125 (Công văn 3585/VP-KTN 2017, Văn phòng UBND tỉnh Lạng Sơn)',
    direct: true,
    lines: [
      'Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Nông nghiệp và Phát triển Nông thôn, UBND các huyện, thành phố và các cơ quan có liên quan chủ động thực hiện các nội dung và trực tiếp báo cáo Bộ Tài nguyên và Môi trường theo yêu cầu và hướng dẫn tại Công văn trên.',
    ],
    expected: [['Giao Sở Tài nguyên và Môi trường chủ trì, phố', ['Sở Tài nguyên và Môi trường']]],
  },
  {
    source: 'https://www.quangtri.gov.vn (Công văn 6202/UBND-KT 2023, UBND tỉnh Quảng Trị, đối thoại doanh nghiệp)',
    direct: true,
    lines: [
      'Giao Sở Tài nguyên và Môi trường chủ trì, phối hợp các đơn vị, địa phương liên quan nghiên cứu, đề xuất UBND tỉnh xem xét theo quy định; hoàn thành trước ngày 10/12/2023.',
    ],
    expected: [['Giao Sở Tài nguyên và Môi trường chủ trì, phố', ['Sở Tài nguyên và Môi trường']]],
  },
  {
    source: 'thuvienphapluat.vn Quyết định 25/2019/QĐ-UBND tỉnh Bình Dương, Điều 2',
    direct: true,
    lines: [
      'Giao Công an tỉnh chủ trì, phối hợp với các Sở, ngành, đơn vị, địa phương liên quan triển khai thực hiện hiệu quả Quyết định này.',
    ],
    expected: [['Giao Công an tỉnh chủ trì, phối hợp với các S', ['Công an tỉnh']]],
  },
  {
    source: 'http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=3358 (UBND tỉnh Kon Tum, người có uy tín)',
    direct: true,
    lines: [
      'Ban Dân tộc chủ trì, phối hợp với đơn vị, địa phương có liên quan xây dựng kế hoạch (dự toán kinh phí hàng năm) và tổ chức triển khai thực hiện các nội dung, nhiệm vụ của Đề án phù hợp với điều kiện thực tế của tỉnh; theo dõi, hướng dẫn, đôn đốc, kiểm tra, và tổ chức sơ kết, tổng kết, đánh giá kết quả thực hiện Đề án.',
    ],
    expected: [['Ban Dân tộc chủ trì, phối hợp với đơn vị, địa', ['Ban Dân tộc']]],
  },
  {
    source: 'http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=3358 (UBND tỉnh Kon Tum, người có uy tín)',
    direct: true,
    lines: [
      'Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức vận động, phát huy vai trò và thực hiện chế độ, chính sách đối với người có uy tín theo chức năng, nhiệm vụ được giao và quy định của ngành.',
    ],
    expected: [
      [
        'Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Bi',
        ['Bộ Chỉ huy Quân sự tỉnh', 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh'],
      ],
    ],
  },
  {
    source: 'http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=3358 (UBND tỉnh Kon Tum, người có uy tín)',
    direct: true,
    lines: [
      'Đối với các địa bàn trọng điểm, phức tạp về an ninh-trật tự, giao Công an chủ trì, xây dựng kế hoạch cụ thể để vận động người có uy tín phục vụ công tác phòng chống tội phạm, giữ gìn an ninh, chính trị và trật tự an toàn tại các vùng đồng bào dân tộc thiểu số.',
    ],
    expected: [['Đối với các địa bàn trọng điểm, phức tạp về a', ['Công an']]],
  },
  {
    source: 'http://vpubnd.kontum.gov.vn/NewsDetail.aspx?id=3358 (UBND tỉnh Kon Tum, người có uy tín)',
    direct: true,
    lines: [
      'Sở Thông tin và Truyền thông chủ trì, phối hợp với Ban Dân tộc, các ngành, địa phương hướng dẫn các cơ quan thông tin đại chúng đẩy mạnh các hoạt động tuyên truyền, giáo dục.',
    ],
    expected: [['Sở Thông tin và Truyền thông chủ trì, phối hợ', ['Sở Thông tin và Truyền thông']]],
  },
  {
    source: 'https://nghean24h.vn (UBND tỉnh Nghệ An, nhiệm vụ Tết Ất Tỵ 2025)',
    direct: true,
    lines: [
      'Sở Lao động – Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tham mưu UBND tỉnh xây dựng Chương trình để Thường trực Tỉnh ủy, lãnh đạo tỉnh đi thăm và chúc Tết Nguyên đán Ất Tỵ năm 2025.',
    ],
    expected: [['Sở Lao động – Thương binh và Xã hội chủ trì, ', ['Sở Lao động – Thương binh và Xã hội']]],
  },
  {
    source: 'https://nghean24h.vn (UBND tỉnh Nghệ An, nhiệm vụ Tết Ất Tỵ 2025)',
    direct: true,
    lines: [
      'Văn phòng UBND tỉnh đôn đốc các cơ quan, đơn vị liên quan tổ chức, phân công trực và tổng hợp, báo cáo tình hình trong các ngày Tết gửi Thường trực Tỉnh ủy, Thủ tướng Chính phủ theo đúng quy định.',
    ],
    expected: [['Văn phòng UBND tỉnh đôn đốc các cơ quan, đơn ', ['Văn phòng UBND tỉnh']]],
  },
  {
    source: 'http://daihop1.tuky.haiduong.gov.vn (UBND huyện Tứ Kỳ, thanh toán trực tuyến phí, lệ phí)',
    direct: true,
    lines: [
      'Văn phòng HĐND&UBND huyện có trách nhiệm đôn đốc, tổng hợp danh sách các đơn vị gửi Văn phòng UBND tỉnh, để phối hợp, hướng dẫn triển khai thực hiện.',
    ],
    expected: [['Văn phòng HĐND&UBND huyện có trách nhiệm đôn ', ['Văn phòng HĐND&UBND huyện']]],
  },
  {
    source: 'http://daihop1.tuky.haiduong.gov.vn (UBND huyện Tứ Kỳ, thanh toán trực tuyến phí, lệ phí)',
    direct: true,
    lines: ['Yêu cầu UBND các xã, thị trấn phối hợp và tổ chức thực hiện.'],
    expected: [['Yêu cầu UBND các xã, thị trấn phối hợp và tổ ', ['UBND các xã, thị trấn']]],
  },
  {
    source: 'https://kinhtedothi.vn (UBND TP Hà Nội, trật tự an toàn giao thông)',
    direct: true,
    lines: [
      'Các sở, ban, ngành liên quan có trách nhiệm phối hợp chặt chẽ, kịp thời với Sở GTVT để tham mưu xây dựng Dự thảo Kế hoạch của UBND TP và chủ động triển khai thực hiện kế hoạch trong các lĩnh vực được phân công theo dõi, phụ trách.',
    ],
    expected: [['Các sở, ban, ngành liên quan có trách nhiệm p', ['Các sở, ban, ngành liên quan']]],
  },
  {
    source: 'https://kinhtedothi.vn (UBND TP Hà Nội, trật tự an toàn giao thông)',
    direct: true,
    lines: [
      'UBND các quận, huyện, thị xã chủ động nghiên cứu nội dung chương trình hành động của Chính phủ, Chỉ thị của Ban Thường vụ Thành ủy để xây dựng kế hoạch, phân công tổ chức thực hiện trên địa bàn.',
    ],
    expected: [['UBND các quận, huyện, thị xã chủ động nghiên ', ['UBND các quận, huyện, thị xã']]],
  },
  {
    source: 'https://baoquangnam.vn (UBND tỉnh Quảng Nam, phòng chống hạn, xâm nhập mặn 2020)',
    direct: true,
    lines: [
      'UBND tỉnh giao Sở NN&PTNT căn cứ các nội dung chỉ đạo của Bộ NN&PTNT tại Công văn số 2.350 ngày 1.4.2020 và tình hình thực tế của tỉnh để có văn bản chỉ đạo, hướng dẫn, đôn đốc các đơn vị, địa phương tổ chức thực hiện có hiệu quả các giải pháp phòng chống hạn hán, thiếu nước, xâm nhập mặn.',
    ],
    expected: [['UBND tỉnh giao Sở NN&PTNT căn cứ các nội dung', ['Sở NN&PTNT']]],
  },
  {
    source: 'https://tracuuquyhoach.com (UBND tỉnh, dự án đầu tư chậm triển khai, Chỉ thị số 20)',
    direct: true,
    lines: [
      'Sở Tài chính chịu trách nhiệm tổ chức triển khai, theo dõi, đôn đốc việc thực hiện và tổng hợp báo cáo định kỳ trình UBND tỉnh trình Đảng ủy UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy theo quy định.',
    ],
    expected: [['Sở Tài chính chịu trách nhiệm tổ chức triển k', ['Sở Tài chính']]],
  },
  {
    source: 'https://baothainguyen.vn (Ban Thường vụ Tỉnh ủy Thái Nguyên, kiểm tra thi hành Điều lệ Đảng 2009)',
    direct: true,
    lines: [
      'Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy là cơ quan thường trực giúp cấp ủy tổ chức thực hiện nhiệm vụ kiểm tra, chủ trì và phối hợp với các cơ quan liên quan giúp cấp ủy tổng hợp tình hình báo cáo Ban Tổ chức Trung ương trước ngày 30/11/2009.',
    ],
    expected: [['Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủ', ['Ban Tổ chức Tỉnh ủy']]],
  },
  {
    source: 'https://baothainguyen.vn (Ban Thường vụ Tỉnh ủy Thái Nguyên, kiểm tra thi hành Điều lệ Đảng 2009)',
    direct: true,
    lines: [
      'Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra và báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước 30/10.',
    ],
    expected: [['Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực ', ['các đảng bộ trực thuộc']]],
  },
  {
    source: 'Đảng ủy Văn phòng UBND tỉnh, Công văn số 391-CV/ĐU 2015, hướng dẫn tuyên truyền tháng 4 (search pages)',
    direct: true,
    lines: [
      'Đảng uỷ Văn phòng UBND tỉnh yêu cầu Cấp uỷ các chi bộ trực thuộc lãnh đạo thực hiện tốt công tác tuyên truyền tháng 4.',
    ],
    expected: [['Đảng uỷ Văn phòng UBND tỉnh yêu cầu Cấp uỷ cá', ['Cấp uỷ các chi bộ trực thuộc']]],
  },
  {
    source: 'https://hoinongdanag.org.vn (Ban Tuyên giáo Tỉnh ủy, kỷ niệm 110 năm Ngày sinh đồng chí Chu Huy Mân)',
    direct: true,
    lines: [
      'Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị quan tâm tuyên truyền về sự kiện theo các nội dung nêu trong Hướng dẫn số 54-HD/BTGTU, ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy.',
    ],
    expected: [['Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương', []]],
  },
  {
    source: 'https://snv.binhdinh.gov.vn (Chủ tịch UBND tỉnh Bình Định, tín ngưỡng, tôn giáo dịp Tết Giáp Thìn 2024)',
    direct: true,
    lines: [
      'Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện và báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh vượt thẩm quyền.',
    ],
    expected: [
      [
        'Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ',
        [
          'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
          'Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh',
          'Chủ tịch UBND các huyện, thị xã, thành phố',
        ],
      ],
    ],
  },
  {
    source: 'https://svhtt.thuathienhue.gov.vn (UBND tỉnh Thừa Thiên Huế, nếp sống văn minh)',
    direct: true,
    lines: [
      'Ủy ban nhân dân tỉnh giao trách nhiệm cho Sở Văn hóa và Thể thao phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh theo dõi, đôn đốc kiểm tra các đơn vị về việc thực hiện các nhiệm vụ đã được phân công.',
    ],
    expected: [['Ủy ban nhân dân tỉnh giao trách nhiệm cho Sở ', ['Sở Văn hóa và Thể thao']]],
  },
  {
    source: TNT(
      '4768df91f00a5ddd',
      'Công văn 39712/CHQ-GSQL 2025, Cục Hải quan, trả lời Chi nhánh Công ty TNHH KGL Việt Nam',
    ),
    direct: true,
    lines: ['Đề nghị Công ty nghiên cứu các văn bản dẫn trên để thực hiện đúng quy định.'],
    expected: [['Đề nghị Công ty nghiên cứu', []]],
  },
  {
    source:
      'http://baobacninh.com.vn (Ban Thường vụ Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Bắc Ninh, Chỉ thị 35-CT/TW, 2019)',
    direct: true,
    lines: [
      'Ban Thường vụ Đảng ủy Khối yêu cầu các Đảng ủy, Chi ủy trực thuộc quán triệt, triển khai nội dung các Chỉ thị của Bộ Chính trị, Ban Thường vụ Tỉnh ủy, các văn bản chỉ đạo của Trung ương, Tỉnh ủy và Đảng ủy Khối về tổ chức Đại hội Đảng bộ các cấp đến toàn thể cán bộ, đảng viên.',
    ],
    expected: [['Ban Thường vụ Đảng ủy Khối yêu cầu các Đảng ủ', ['các Đảng ủy, Chi ủy trực thuộc']]],
  },
  {
    source: 'http://baodongthap.com.vn (Ban Thường vụ Tỉnh ủy Đồng Tháp, Chỉ thị 35-CT/TW, 2019)',
    direct: true,
    lines: [
      'Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy triển khai trực tuyến đến các cấp ủy, tổ chức đảng, đồng thời chủ trì phối hợp với các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy tham mưu xây dựng kế hoạch để lãnh đạo, chỉ đạo tổ chức thực hiện.',
    ],
    expected: [['Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủ', ['Ban Tổ chức Tỉnh ủy']]],
  },
  {
    source: 'https://baonghean.vn (Kế hoạch 207-KH/TU, Ban Thường vụ Tỉnh ủy Nghệ An, 2019)',
    direct: true,
    lines: [
      'Mỗi huyện, thành, thị ủy, đảng ủy trực thuộc chỉ đạo một số đảng bộ cơ sở tổ chức đại hội điểm hoàn thành trước 30/3/2020 để rút kinh nghiệm chỉ đạo chung.',
    ],
    expected: [['Mỗi huyện, thành, thị ủy, đảng ủy trực thuộc ', ['Mỗi huyện, thành, thị ủy, đảng ủy trực thuộc']]],
  },
  {
    source: 'https://baonghean.vn (Kế hoạch 207-KH/TU, Ban Thường vụ Tỉnh ủy Nghệ An, 2019)',
    direct: true,
    lines: ['Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy trực thuộc xây dựng và triển khai thực hiện Kế hoạch của tỉnh.'],
    expected: [['Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy trực', ['các cấp ủy trực thuộc']]],
  },
];
