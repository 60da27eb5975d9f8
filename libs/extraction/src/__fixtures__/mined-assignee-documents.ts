/**
 * Mined requirement items in their document's layout (a lead-in, headings and their items), quoted from real directives
 * outside samples/corpus (none of them listed in samples/corpus/index.md), each with the assignees the corpus README
 * ("How gold is written", assignees) gives it; read by mined-assignees.cases.ts and checked by mined-assignees.spec.ts.
 * `lines` are the body lines as printed; `to` the Kính gửi lines when they matter; `expected` pairs the start of each
 * requirement's text with its assignees, in document order.
 */
export interface MinedCase {
  /** Where the text comes from (repository file or web address) and the document. */
  source: string;
  to?: string[];
  lines: string[];
  expected: [string, string[]][];
  /**
   * A sentence lifted out of its document (a news page quoting it, or an item out of its list): read by findAssignees
   * alone, since in a bare letter it may not read as a requirement.
   */
  direct?: boolean;
  /** Starts of expected items the extractor still gets wrong, with why (kept out of the checked rows). */
  gaps?: Record<string, string>;
}

/** tnt305/tai_lieu_noi_bo, src/etl/dataset/<file>.md: crawls of thuvienphapluat.vn pages. */
export const TNT = (file: string, doc: string) => `tnt305/tai_lieu_noi_bo src/etl/dataset/${file}.md (${doc})`;

export const DOCUMENTS: MinedCase[] = [
  {
    source: TNT('b5734329c729abb9', 'Công văn 6356/UBND-NNMT 2025, UBND thành phố Hà Nội, ô nhiễm không khí'),
    to: [
      'Các sở: Nông nghiệp và Môi trường, Xây dựng, Dân tộc và Tôn giáo, Y tế;',
      'Công an Thành phố;',
      'UBND các phường, xã.',
    ],
    lines: [
      'UBND Thành phố yêu cầu các Sở, ban, ngành, UBND các phường, xã thực hiện một số nhiệm vụ trọng tâm như sau:',
      '1. Sở Nông nghiệp và Môi trường:',
      '- Chủ trì cập nhật thông tin về chất lượng không khí, theo dõi chỉ số VN_AQI tại các trạm quan trắc không khí trên địa bàn Thành phố.',
      '- Chủ động cập nhật kết quả thực hiện hàng tuần, báo cáo UBND Thành phố và gửi Bộ Nông nghiệp và Môi trường tổng hợp.',
      '- Phối hợp với UBND các phường, xã và lực lượng chức năng trong công tác tuyên truyền và kiểm tra, xử phạt các hành vi vi phạm trong lĩnh vực bảo vệ môi trường theo quy định.',
      '2. Sở Xây dựng:',
      '- Có văn bản yêu cầu và giám sát các chủ đầu tư, nhà thầu thi công xây dựng công trình: Tăng cường giám sát chặt chẽ, yêu cầu 100% các công trường thi công xây dựng phải có biện pháp kiểm soát bụi nghiêm ngặt.',
      '- Chủ trì, phối hợp với Công an xã, phường hoặc UBND các xã, phường chủ động tổ chức ra quân để kiểm tra các hoạt động xây dựng và giao thông vận tải trên địa bàn có nguy cơ gây phát tán bụi cao.',
      '3. Sở Dân tộc và Tôn giáo:',
      'Mở đợt cao điểm tuyên truyền, vận động các cơ sở tâm linh, tôn giáo, thờ tự và người dân hạn chế tình trạng đốt vàng mã; xây dựng kế hoạch, phương án tuyên truyền dài hạn nhằm thay đổi thói quen của người dân tiến tới chấm dứt việc đốt vàng mã.',
      '4. Sở Y tế:',
      '- Chủ động xây dựng kế hoạch ứng phó bệnh tật, yêu cầu các cơ sở y tế trong nội thành, nội thị và các khu vực có nguy cơ ô nhiễm môi trường không khí có dự phòng về phương tiện, trang bị thiết bị để sẵn sàng ứng phó.',
      '5. Sở Giáo dục và Đào tạo:',
      '- Thông báo, hướng dẫn các trường học hạn chế các hoạt động ngoài trời cho học sinh trong các khung giờ và ngày có chất lượng không khí ở mức “Xấu” trở lên.',
      '- Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), chỉ đạo các trường học tạm dừng hoặc điều chỉnh thời gian làm việc, học tập.',
      '6. Sở Văn hóa và Thể thao:',
      'Chỉ đạo với các cơ quan truyền thông, báo chí liên tục cập nhật thông tin về chất lượng không khí, theo dõi chỉ số VN_AQI trên ứng dụng VNAir.',
      '7. Công an Thành phố:',
      '- Chỉ đạo lực lượng cảnh sát giao thông tăng cường kiểm tra, xử lý các phương tiện chở vật liệu xây dựng không che chắn, làm rơi vãi vật liệu.',
      '8. UBND các xã, phường:',
      '- Căn cứ tình hình thực tiễn về mức độ ô nhiễm không khí trên địa bàn, chủ động quyết định kịp thời việc chỉ đạo các đơn vị vệ sinh môi trường thực hiện các biện pháp tăng cường vệ sinh môi trường tại các địa phương.',
      '- Tăng cường kiểm tra, giám sát các công trường xây dựng trên địa bàn, yêu cầu các chủ đầu tư, đơn vị thi công thu gom, vận chuyển, xử lý chất thải rắn đúng quy định.',
      '- Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), khuyến cáo nhân dân tạm dừng hoạt động tập trung đông người ở ngoài trời.',
      '- Huy động sự tham gia của cộng đồng dân cư cùng giám sát các hoạt động đốt phụ phẩm nông nghiệp, các cơ sở công nghiệp, năng lượng, giao thông, xây dựng trên địa bàn.',
      'UBND Thành phố yêu cầu các sở, ban, ngành Thành phố, UBND các phường, xã khẩn trương thực hiện đồng bộ, hiệu quả các giải pháp nhằm cải thiện chất lượng không khí thuộc ngành, lĩnh vực, địa bàn quản lý./.',
    ],
    expected: [
      ['Chủ trì cập nhật thông tin', ['Sở Nông nghiệp và Môi trường']],
      ['Chủ động cập nhật kết quả', ['Sở Nông nghiệp và Môi trường']],
      ['Phối hợp với UBND các phường, xã và lực lượng', ['Sở Nông nghiệp và Môi trường']],
      ['Có văn bản yêu cầu và giám sát', ['Sở Xây dựng']],
      ['Chủ trì, phối hợp với Công an xã', ['Sở Xây dựng']],
      ['Mở đợt cao điểm tuyên truyền', ['Sở Dân tộc và Tôn giáo']],
      ['Chủ động xây dựng kế hoạch ứng phó', ['Sở Y tế']],
      ['Thông báo, hướng dẫn các trường học', ['Sở Giáo dục và Đào tạo']],
      [
        'Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), chỉ đạo',
        ['Sở Giáo dục và Đào tạo'],
      ],
      ['Chỉ đạo với các cơ quan truyền thông', ['Sở Văn hóa và Thể thao']],
      ['Chỉ đạo lực lượng cảnh sát giao thông', ['Công an Thành phố']],
      ['Căn cứ tình hình thực tiễn', ['UBND các xã, phường']],
      ['Tăng cường kiểm tra, giám sát các công trường', ['UBND các xã, phường']],
      [
        'Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), khuyến cáo',
        ['UBND các xã, phường'],
      ],
      ['Huy động sự tham gia', ['UBND các xã, phường']],
    ],
  },
  {
    source: TNT('070712cd976e7f9a', 'Công văn 6357/UBND-NC 2025, UBND thành phố Hà Nội, chi khám chữa bệnh BHYT'),
    to: [
      'Bảo hiểm xã hội thành phố Hà Nội;',
      'Sở Y tế;',
      'UBND các phường, xã;',
      'Các cơ sở khám bệnh, chữa bệnh bảo hiểm y tế trên địa bàn Thành phố.',
    ],
    lines: [
      'Ủy ban nhân dân (UBND) thành phố Hà Nội yêu cầu các Sở, ngành, UBND các xã, phường và các cơ sở KCB BHYT trên địa bàn Thành phố nghiêm túc thực hiện một số nội dung sau:',
      '1. Bảo hiểm xã hội thành phố Hà Nội',
      '- Tiếp tục thực hiện công tác phân tích dữ liệu chi phí KCB BHYT các cơ sở KCB đề nghị thanh toán; tiếp tục phối hợp với Sở Y tế tổ chức các buổi làm việc với cơ sở KCB có gia tăng cao để chấn chỉnh, yêu cầu rà soát, điều chỉnh.',
      '- Thường xuyên rà soát kết quả liên thông dữ liệu của các cơ sở KCB hàng tuần, kịp thời thông tin, hỗ trợ và yêu cầu cơ sở KCB chấn chỉnh, khắc phục tình trạng chuyển dữ liệu chậm; trường hợp cơ sở KCB cố tình vi phạm, phối hợp Sở Y tế xem xét dừng hợp đồng KCB BHYT.',
      '- Tăng cường công tác truyền thông về BHYT; chủ trì phối hợp với các Sở, Ngành, UBND các xã, phường, các tổ chức chính trị, xã hội thực hiện đồng bộ các giải pháp phát triển người tham gia BHYT.',
      '2. Sở Y tế Hà Nội',
      '- Tăng cường chỉ đạo các cơ sở KCB thực hiện nghiêm túc các nội dung tại Chỉ thị số 25/CT-BYT ngày 21/12/2020 của Bộ Y tế.',
      '- Phối hợp với BHXH Thành phố, căn cứ dữ liệu thanh toán thuốc BHYT của các cơ sở y tế, rà soát, đề xuất, báo cáo UBND Thành phố danh mục thuốc có số lượng sử dụng lớn tại nhiều cơ sở KCB.',
      '- Chủ trì phối hợp với BHXH Thành phố kiểm tra công tác KCB BHYT và thanh toán chi phí KCB BHYT tại các cơ sở KCB.',
      '3. Các cơ sở KCB BHYT trên địa bàn Thành phố',
      '- Xây dựng kế hoạch, giải pháp từ nay đến cuối năm về kiểm soát chặt chẽ chi KCB BHYT, phòng, chống lạm dụng, trục lợi quỹ BHYT.',
      '- Các bệnh viện cấp chuyên sâu, cấp cơ bản tập trung KCB theo phân cấp chuyên môn kỹ thuật, các bệnh mà các cơ sở KCB cấp ban đầu không thực hiện được.',
      '4. Ủy ban nhân dân các phường, xã',
      'Tăng cường kiểm tra công tác KCB và đảm bảo quyền lợi của người tham gia BHYT tại các trạm y tế xã/phường; xử lý các tập thể, cá nhân có hành vi lạm dụng, trục lợi quỹ BHYT theo quy định của pháp luật.',
      'Ủy ban nhân dân Thành phố yêu cầu các Sở, ngành, địa phương, các cơ sở KCB BHYT trên địa bàn Thành phố nghiêm túc thực hiện những nội dung trên. Giao Bảo hiểm xã hội Thành phố chủ trì, phối hợp Sở Y tế đôn đốc các đơn vị triển khai thực hiện; tổng hợp báo cáo Ủy ban nhân dân Thành phố kết quả thực hiện theo quy định./.',
    ],
    expected: [
      ['Tiếp tục thực hiện công tác phân tích', ['Bảo hiểm xã hội thành phố Hà Nội']],
      ['Thường xuyên rà soát kết quả liên thông', ['Bảo hiểm xã hội thành phố Hà Nội']],
      ['Tăng cường công tác truyền thông về BHYT', ['Bảo hiểm xã hội thành phố Hà Nội']],
      ['Tăng cường chỉ đạo các cơ sở KCB', ['Sở Y tế Hà Nội']],
      ['Phối hợp với BHXH Thành phố, căn cứ', ['Sở Y tế Hà Nội']],
      ['Chủ trì phối hợp với BHXH Thành phố kiểm tra', ['Sở Y tế Hà Nội']],
      ['Xây dựng kế hoạch, giải pháp từ nay', ['Các cơ sở KCB BHYT trên địa bàn Thành phố']],
      ['Các bệnh viện cấp chuyên sâu', ['Các bệnh viện cấp chuyên sâu, cấp cơ bản']],
      ['Tăng cường kiểm tra công tác KCB', ['Ủy ban nhân dân các phường, xã']],
      ['Giao Bảo hiểm xã hội Thành phố chủ trì', ['Bảo hiểm xã hội Thành phố']],
    ],
  },
  {
    source: TNT('88b7667d728aef13', 'Công văn 6397/UBND-KT 2025, UBND thành phố Hà Nội, công tác đấu thầu'),
    to: [
      'Các sở, ban, ngành thuộc Thành phố;',
      'Ủy ban nhân dân các xã, phường;',
      'Các Tổng công ty, công ty, đơn vị trực thuộc Thành phố.',
    ],
    lines: [
      'UBND Thành phố yêu cầu các sở, ban, ngành, UBND các xã, phường, Tổng công ty, công ty và các đơn vị trực thuộc Thành phố tiếp tục nghiên cứu, tuân thủ thực hiện một số nội dung sau:',
      '1. Trách nhiệm của các đơn vị:',
      '1.1. Sở Tài chính:',
      '- Chủ trì, tiếp tục phối hợp với các đơn vị có liên quan đa dạng hóa công tác đào tạo, bồi dưỡng chính sách pháp luật về đấu thầu; tổ chức đào tạo chuyên sâu về đấu thầu từ cấp Thành phố tới xã/phường.',
      '- Căn cứ trách nhiệm kiểm tra hoạt động đấu thầu theo quy định tại điểm b Khoản 3 Điều 122 Nghị định 214/2025/NĐ-CP ngày 04/8/2025 của Chính phủ, tăng cường công tác kiểm tra, giám sát, theo dõi hoạt động đấu thầu đối với các đơn vị trên địa bàn Thành phố.',
      '1.2. Thanh tra Thành phố:',
      'Tăng cường công tác thanh tra hoạt động đấu thầu và giám sát thực hiện các kết luận thanh tra để kịp thời phát hiện, ngăn chặn, xử lý nghiêm các tổ chức, cá nhân có hành vi vi phạm.',
      '2. Về công tác báo cáo hoạt động đấu thầu:',
      '2.1. Trách nhiệm tổng hợp báo cáo hàng tháng, 6 tháng và hàng năm:',
      '- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo tình hình thực hiện hoạt động đấu thầu của Thành phố trước ngày 10 hàng tháng.',
      '- Báo cáo 6 tháng, cả năm: Sở Tài chính tổng hợp báo cáo tình hình thực hiện hoạt động đấu thầu của Thành phố định kỳ 6 tháng trước ngày 30 tháng 6 và tổng thể hàng năm trước ngày 30 tháng 01 hàng năm báo cáo UBND Thành phố.',
    ],
    expected: [
      ['Chủ trì, tiếp tục phối hợp', ['Sở Tài chính']],
      ['Căn cứ trách nhiệm kiểm tra', ['Sở Tài chính']],
      ['Tăng cường công tác thanh tra', ['Thanh tra Thành phố']],
      ['Báo cáo tháng: Sở Tài chính', ['Sở Tài chính']],
      ['Báo cáo 6 tháng, cả năm: Sở Tài chính', ['Sở Tài chính']],
    ],
  },
  {
    source: TNT('76415b3ed5295e94', 'Công văn 4001/UBND-ĐT 2025, UBND Thành phố Hồ Chí Minh, mỏ khoáng sản'),
    to: ['Sở Nông nghiệp và Môi trường;', 'Sở Tài chính;', 'Sở Xây dựng.'],
    lines: [
      'Chủ tịch Ủy ban nhân dân Thành phố chỉ đạo như sau:',
      '1. Chấp thuận đề nghị của Sở Nông nghiệp và Môi trường tại Công văn số 12252/SNNMT-TNNKS nêu trên về danh mục các mỏ khoáng sản trên địa bàn Thành phố Hồ Chí Minh có thể áp dụng cơ chế đặc thù theo Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ (theo Phụ lục đính kèm).',
      '2. Giao Sở Nông nghiệp và Môi trường, Sở Tài chính, Sở Xây dựng và các sở, ngành, địa phương liên quan, triển khai thực hiện hiệu quả Nghị quyết số 66.4/2025/NQ-CP của Chính phủ đảm bảo đúng quy định của pháp luật. Trong quá trình thực hiện, nếu phát sinh khó khăn vướng mắc, vượt thẩm quyền kịp thời báo cáo về Sở Nông nghiệp và Môi trường để tổng hợp, rà soát tham mưu, đề xuất Ủy ban nhân dân Thành phố theo quy định.',
      '3. Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng và các sở, ngành, địa phương liên quan, căn cứ chức năng nhiệm vụ được giao và quy định của pháp luật hiện hành, có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị liên quan triển khai thực hiện Nghị quyết số 66.4/2025/NQ-CP ngày 21 tháng 9 năm 2025 của Chính phủ trên địa bàn Thành phố đảm bảo theo đúng quy định./.',
    ],
    expected: [
      [
        'Giao Sở Nông nghiệp và Môi trường, Sở Tài chính',
        ['Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Sở Xây dựng', 'các sở, ngành, địa phương liên quan'],
      ],
      ['Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối', ['Sở Nông nghiệp và Môi trường']],
    ],
  },
  {
    source: TNT(
      'e42103d7f815212d',
      'Công văn 174/CV-BCĐ 2025, Ban Chỉ đạo sắp xếp đơn vị hành chính, chính quyền địa phương 2 cấp',
    ),
    to: ['Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ.'],
    lines: [
      'Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp và xây dựng mô hình tổ chức chính quyền địa phương 2 cấp yêu cầu các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ khẩn trương chỉ đạo thực hiện các nội dung sau:',
      '1. Về phân cấp, phân quyền, phân định thẩm quyền khi vận hành chính quyền địa phương 2 cấp',
      '1.1. Đối với 355 nhiệm vụ cần ban hành văn bản để hướng dẫn thực hiện (danh mục cụ thể theo Báo cáo số 11296/BC-BNV ngày 27/11/2025 của Bộ Nội vụ gửi kèm), các Bộ, cơ quan ngang Bộ khẩn trương rà soát, ban hành các văn bản hướng dẫn tổ chức thực hiện. Thời hạn hoàn thành chậm nhất ngày 25/12/2025.',
      '1.2. Đối với 10 nhiệm vụ cần điều chỉnh thẩm quyền giữa trung ương với địa phương hoặc giữa các cấp của chính quyền địa phương (danh mục cụ thể theo Báo cáo số 11296/BC-BNV ngày 27/11/2025 của Bộ Nội vụ gửi kèm), yêu cầu các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ xây dựng phương án đề xuất điều chỉnh thẩm quyền, báo cáo Ban Chỉ đạo của Chính phủ trước ngày 15/12/2025 để thống nhất phương án thực hiện.',
      '2. Về việc tháo gỡ khó khăn, vướng mắc phát trong quá trình vận hành chính quyền địa phương 2 cấp',
      '2.1. Các Bộ, cơ quan ngang Bộ tiếp tục phối hợp với Bộ Tư pháp và các cơ quan liên quan khẩn trương rà soát toàn bộ hệ thống văn bản quy phạm pháp luật theo ngành, lĩnh vực phụ trách.',
    ],
    expected: [
      ['Đối với 355 nhiệm vụ', ['các Bộ, cơ quan ngang Bộ']],
      ['Đối với 10 nhiệm vụ', ['các Bộ: Nông nghiệp và Môi trường; Xây dựng; Khoa học và Công nghệ']],
      ['Các Bộ, cơ quan ngang Bộ tiếp tục phối hợp', ['Các Bộ, cơ quan ngang Bộ']],
    ],
  },
  {
    source: TNT(
      '511e7283656cde8f',
      'Công văn 4169/UBND-VX 2025, UBND Thành phố Hồ Chí Minh, kiểm điểm, đánh giá, xếp loại',
    ),
    to: [
      'Các cơ quan chuyên môn, cơ quan hành chính khác thuộc Ủy ban nhân dân Thành phố;',
      'Hội đồng nhân dân, Ủy ban nhân dân các xã, phường và đặc khu.',
    ],
    lines: [
      'Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:',
      '1. Về triển khai thực hiện đánh giá, xếp loại chất lượng đối với tập thể lãnh đạo, quản lý và cá nhân năm 2025',
      'Một số vấn đề lưu ý:',
      '(2) Chủ tịch Ủy ban nhân dân xã, phường và đặc khu xem xét, quyết định đánh giá, xếp loại chất lượng đối với Chỉ huy trưởng, Phó Chỉ huy trưởng, Trợ lý Ban Chỉ huy quân sự cấp xã (sau khi tham khảo ý kiến bằng văn bản của Bộ Tư lệnh Thành phố) và công chức thuộc thẩm quyền quản lý.',
      '(4) Các cơ quan, tổ chức, đơn vị gửi hồ sơ đề nghị đánh giá, xếp loại chất lượng đối với các tập thể lãnh đạo, quản lý và các chức danh thuộc diện Ban Thường vụ Thành ủy quản lý về Sở Nội vụ trước ngày 05 tháng 12 năm 2025 để tổng hợp, trình cấp có thẩm quyền theo quy định.',
      '3. Giao Sở Nội vụ',
      '- Tổng hợp, tham mưu Ủy ban nhân dân Thành phố trình Ban Thường vụ Đảng ủy Ủy ban nhân dân Thành phố đánh giá, xếp loại chất lượng đối với tập thể lãnh đạo, quản lý theo thẩm quyền.',
      '- Tổng hợp, báo cáo kết quả đánh giá, xếp loại chất lượng các tổ chức, cá nhân thuộc phạm vi quản lý của Ủy ban nhân dân Thành phố theo yêu cầu của cấp có thẩm quyền.',
      'Trong quá trình thực hiện có khó khăn, vướng mắc, đề nghị các cơ quan, tổ chức, đơn vị phản hồi bằng văn bản về Ủy ban nhân dân Thành phố (thông qua Sở Nội vụ) để được giải quyết.',
    ],
    expected: [
      ['Chủ tịch Ủy ban nhân dân xã, phường và đặc khu xem xét', ['Chủ tịch Ủy ban nhân dân xã, phường và đặc khu']],
      ['Các cơ quan, tổ chức, đơn vị gửi hồ sơ', []],
      ['Tổng hợp, tham mưu Ủy ban nhân dân Thành phố trình', ['Sở Nội vụ']],
      ['Tổng hợp, báo cáo kết quả đánh giá', ['Sở Nội vụ']],
    ],
  },
  {
    source: TNT('ac3686f6b1d64932', 'Công điện 225/CĐ-TTg 2025, Thủ tướng Chính phủ, mưa lũ Trung Bộ'),
    to: [
      'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;',
      'Chánh Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia.',
    ],
    lines: [
      'Để khẩn trương ứng phó, khắc phục hậu quả mưa lũ bảo đảm an toàn tính mạng, hạn chế thiệt hại về tài sản của Nhân dân và Nhà nước, Thủ tướng Chính phủ yêu cầu:',
      '2. Các Bộ Quốc phòng, Công an: Chỉ đạo các đơn vị trực thuộc duy trì và huy động tối đa lực lượng, phương tiện để thực hiện công tác tìm kiếm cứu nạn, cứu hộ; phối hợp chặt chẽ với địa phương cử lực lượng hỗ trợ hậu cần.',
      '3. Các Bộ: Nông nghiệp và Môi trường, Công Thương phối hợp chặt chẽ, tiếp tục rà soát, hướng dẫn vận hành các hồ chứa nước (thủy lợi, thủy điện) một cách an toàn và hợp lý, ưu tiên giảm xả lũ xuống hạ du.',
      '5. Bộ Khoa học và Công nghệ, các Tập đoàn VNPT, Viettel, Mobifone khẩn trương chỉ đạo các đơn vị trực thuộc khắc phục ngay các sự cố về thông tin liên lạc tại các vùng bị ảnh hưởng nặng.',
      '6. Bộ Y tế: Khẩn trương hỗ trợ ngay thuốc, vật tư, hóa chất vệ sinh cho các địa phương. Chỉ đạo lực lượng y tế cơ sở khẩn trương hướng dẫn công tác vệ sinh môi trường sau lũ và phòng chống dịch bệnh ngay khi nước rút.',
      '7. Bộ Nông nghiệp và Môi trường phối hợp chặt chẽ với các địa phương, khẩn trương thống kê toàn bộ thiệt hại về người, tài sản, hạ tầng để tổng hợp, báo cáo Chính phủ, Thủ tướng Chính phủ. Bộ Tài chính khẩn trương xem xét, xuất cấp ngay gạo dự trữ quốc gia theo đề nghị của địa phương.',
      '8. Bộ Tài chính xuất cấp, hỗ trợ gạo, vật tư theo đề nghị của các địa phương; nghiên cứu, tham mưu Thủ tướng phủ xem xét quyết định hỗ trợ kinh phí cho các địa phương. Giao Bộ Quốc phòng, Bộ Công an chỉ đạo tổ chức vận chuyển gạo đến cho Nhân dân.',
      '9. Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia theo dõi sát tình hình, chủ động điều phối, huy động lực lượng, phương tiện hỗ trợ địa phương khắc phục sự cố sạt lở đất nêu trên.',
      '11. Giao Phó Thủ tướng Chính phủ Lê Thành Long đi kiểm tra, đôn đốc, chỉ đạo công tác ứng phó, khắc phục hậu quả mưa lũ tại tỉnh Gia Lai; Phó Thủ tướng Chính phủ Hồ Đức Phớc đi kiểm tra, đôn đốc, chỉ đạo công tác ứng phó, khắc phục hậu quả mưa lũ tại tỉnh Đắk Lắk.',
      '12. Các cơ quan báo chí, truyền thông tiếp tục bám sát tình hình, phản ánh và thông tin đầy đủ cho nhân dân, đồng thời hướng dẫn kỹ năng phòng chống thảm họa thiên tai cho các lực lượng chức năng và người dân.',
    ],
    expected: [
      ['Chỉ đạo các đơn vị trực thuộc duy trì', ['Các Bộ Quốc phòng, Công an']],
      ['phối hợp chặt chẽ, tiếp tục rà soát, hướng dẫn vận hành', ['Các Bộ: Nông nghiệp và Môi trường, Công Thương']],
      [
        'khẩn trương chỉ đạo các đơn vị trực thuộc khắc phục',
        ['Bộ Khoa học và Công nghệ', 'các Tập đoàn VNPT, Viettel, Mobifone'],
      ],
      ['Khẩn trương hỗ trợ ngay thuốc', ['Bộ Y tế']],
      // The subject of a later sentence of the item is not listed (as gold does in dev ttg-2025-11-congdien-thiethai-nhao 1).
      ['khẩn trương thống kê toàn bộ thiệt hại', ['Bộ Nông nghiệp và Môi trường']],
      ['xuất cấp, hỗ trợ gạo, vật tư', ['Bộ Tài chính']],
      ['Giao Bộ Quốc phòng, Bộ Công an chỉ đạo', ['Bộ Quốc phòng', 'Bộ Công an']],
      ['theo dõi sát tình hình, chủ động điều phối', ['Văn phòng Ban chỉ đạo phòng thủ dân sự quốc gia']],
      [
        'Giao Phó Thủ tướng Chính phủ Lê Thành Long',
        ['Phó Thủ tướng Chính phủ Lê Thành Long', 'Phó Thủ tướng Chính phủ Hồ Đức Phớc'],
      ],
      ['Các cơ quan báo chí, truyền thông', ['Các cơ quan báo chí, truyền thông']],
    ],
  },
  {
    source: TNT('987cadc82373c854', 'Công văn 6225/BVHTTDL-VP 2025, Bộ Văn hóa, Thể thao và Du lịch'),
    to: ['Các cơ quan tham mưu quản lý nhà nước thuộc Bộ;', 'Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch.'],
    lines: [
      'Trước tình hình đó, Bộ Văn hóa, Thể thao và Du lịch yêu cầu:',
      '1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ',
      '- Chịu trách nhiệm toàn diện trước Bộ trưởng về tiến độ, chất lượng triển khai các nhiệm vụ trọng tâm thuộc lĩnh vực được giao (danh sách nhiệm vụ trọng tâm tại Phụ lục gửi kèm theo).',
      '- Nghiêm túc thực hiện chế độ báo cáo theo Quy chế đã ban hành tại Quyết định số 3123/QĐ-BVHTTDL ngày 08/9/2025 của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.',
      '2. Tiểu ban giúp việc Ban Chỉ đạo 934',
      '- Thực hiện phân công nhiệm vụ kịp thời cho các cơ quan, đơn vị và thành viên Tiểu ban, xác định sản phẩm cụ thể, rõ ràng.',
      '3. Vụ Tổ chức cán bộ',
      '- Quán triệt, hướng dẫn các cơ quan, đơn vị đưa nội dung kết quả thực hiện nhiệm vụ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và Đề án 06 vào công tác thi đua, khen thưởng.',
      '4. Văn phòng Bộ',
      '- Phối hợp với Vụ Khoa học công nghệ, Đào tạo và Môi trường, Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch trong việc nhập liệu tiến độ và kết quả triển khai các nhiệm vụ, giải pháp được giao trên Hệ thống thông tin giám sát, đánh giá việc thực hiện Nghị quyết số 57-NQ/TW.',
      'Bộ Văn hóa, Thể thao và Du lịch yêu cầu Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ tập trung nguồn lực, đảm bảo tiến độ được giao./.',
    ],
    expected: [
      ['Chịu trách nhiệm toàn diện trước Bộ trưởng', ['Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ']],
      ['Nghiêm túc thực hiện chế độ báo cáo', ['Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ']],
      ['Thực hiện phân công nhiệm vụ kịp thời', ['Tiểu ban giúp việc Ban Chỉ đạo 934']],
      ['Quán triệt, hướng dẫn các cơ quan, đơn vị', ['Vụ Tổ chức cán bộ']],
      ['Phối hợp với Vụ Khoa học công nghệ', ['Văn phòng Bộ']],
    ],
  },
  {
    source: TNT(
      '7a9d1db2a10d632b',
      'Thông báo 661/TB-VPCP 2025, kết luận của Thủ tướng Chính phủ, mưa lũ Nam Trung Bộ',
    ),
    to: ['Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ.'],
    lines: [
      'Để khẩn trương khắc phục hậu quả do lũ, lụt, nhanh chóng ổn định tình hình Nhân dân, khôi phục sản xuất, Thủ tướng Chính phủ yêu cầu các Bộ, các ngành, cấp ủy đảng, chính quyền các cấp, lực lượng quân đội, công an, dân quân tự vệ, thanh niên, phụ nữ, lực lượng tham gia bảo vệ an ninh trật tự ở cơ sở theo chức năng, nhiệm vụ, quyền hạn của mình chủ động hỗ trợ Nhân dân vùng bị thiên tai nhanh chóng khắc phục hậu quả thiên tai, phục hồi sản xuất kinh doanh, ổn định đời sống theo các chỉ đạo của Bộ Chính trị, Ban Bí thư, Chính phủ, Thủ tướng Chính phủ, đặc biệt thực hiện có hiệu quả các giải pháp khắc phục hậu quả thiên tai, phục hồi sản xuất tại Nghị quyết số 380/NQ-CP ngày 25/11/2025 của Chính phủ, tập trung một số nhiệm vụ khẩn cấp, cần làm ngay:',
      '1. Các địa phương phát động ngay “Chiến dịch Quang Trung” thần tốc hỗ trợ Nhân dân xây dựng lại nhà ở bị cuốn trôi, sập đổ và sửa chữa nhà ở bị hư hỏng do thiên tai, bão lũ vừa qua. Trong đó việc sửa chữa nhà ở bị hư hỏng phải hoàn thành trước ngày 31/12/2025.',
      '2. Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo ngành giáo dục tập trung dọn dẹp, vệ sinh môi trường, sửa chữa trường lớp, hỗ trợ sách vở, đồ dùng học tập cho học sinh, hoàn thành trước ngày 10/12/2025.',
      '3. Bộ trưởng Bộ Y tế chỉ đạo ngành y tế, lực lượng y tế cơ sở tiếp tục huy động tối đa lực lượng khẩn trương xử lý vệ sinh môi trường, kịp thời ngăn chặn nguy cơ bệnh dịch sau lũ lụt.',
      '4. Khẩn trương khắc phục các công trình hạ tầng thiết yếu bị hư hại do mưa lũ (điện, nước, giao thông, thủy lợi, đê điều, hồ đập), các địa phương phải huy động các lực lượng, việc gì cấp bách thì phải làm ngay.',
      '5. Khẩn trương khôi phục sản xuất kinh doanh, nhất là sản xuất nông nghiệp để Nhân dân chủ động về lương thực, thực phẩm. Bộ Nông nghiệp và Môi trường chủ động phối hợp với địa phương xử lý việc hỗ trợ giống cây trồng, vật nuôi, thủy sản và hướng dẫn Nhân dân phục hồi sản xuất nông nghiệp.',
      '6. Các Bộ, ngành, các địa phương chủ động triển khai công tác ứng phó với bão số 15 và mưa lũ do bão theo chỉ đạo của Thủ tướng Chính phủ tại Công điện số 231/CĐ-TTg ngày 26/11/2025.',
      'Văn phòng Chính phủ thông báo để các cơ quan và địa phương liên quan biết, thực hiện./.',
    ],
    expected: [
      ['Bộ trưởng Bộ Giáo dục và Đào tạo chỉ đạo', ['Bộ trưởng Bộ Giáo dục và Đào tạo']],
      ['Bộ trưởng Bộ Y tế chỉ đạo', ['Bộ trưởng Bộ Y tế']],
      ['Khẩn trương khôi phục sản xuất', ['Bộ Nông nghiệp và Môi trường']],
    ],
    gaps: {
      'Khẩn trương khôi phục sản xuất':
        "the actor is the subject of the item's second sentence; reading later sentences lost dev items whose gold keeps the heading's units (bcdqg1237-2013-11-kehoach-haicot-lietsi B.IV.1.b)",
    },
  },
  {
    source: TNT(
      'd5ffa6afac124d52',
      'Kế hoạch 0134/KH-UBND 2025, UBND tỉnh Đắk Lắk, quan trắc môi trường nuôi trồng thủy sản',
    ),
    lines: [
      'IV. Tổ chức thực hiện.',
      '1. Sở Nông nghiệp và Môi trường:',
      '- Tham mưu UBND tỉnh lựa chọn hình thức phù hợp (đấu thầu rộng rãi, đặt hàng hoặc giao nhiệm vụ…) để thực hiện công tác quan trắc môi trường nuôi trồng thủy sản theo đúng quy định.',
      '- Chủ trì, chỉ đạo các đơn vị trực thuộc triển khai thực hiện kế hoạch, xây dựng Kế hoạch quan trắc, cảnh báo môi trường hàng năm.',
      '- Tổng hợp kết quả thực hiện, định kỳ báo cáo UBND tỉnh và Bộ Nông nghiệp và Môi trường theo quy định.',
      '2. Sở Tài chính:',
      'Trên cơ sở đề nghị của Sở Nông nghiệp và Môi trường và căn cứ khả năng ngân sách, tham mưu UBND tỉnh bố trí dự toán kinh phí chi thường xuyên để đơn vị thực hiện theo quy định.',
      '3. UBND các xã/phường:',
      '- Tổ chức hướng dẫn, vận động các cơ sở NTTS thực hiện các biện pháp bảo vệ môi trường và phòng ngừa dịch bệnh cho thủy sản nuôi; tuân thủ mùa vụ thả nuôi theo hướng dẫn của Sở Nông nghiệp và Môi trường.',
      '- Chỉ đạo Phòng Kinh tế/ Phòng Kinh tế, Hạ tầng và Đô thị phổ biến kịp thời kết quả quan trắc, cảnh báo môi trường và phòng ngừa dịch bệnh trên các phương tiện thông tin đến các xã, phường, hộ nuôi, vùng nuôi.',
      '4. Các cơ sở sản xuất giống, NTTS thương phẩm:',
      '- Chủ cơ sở có trách nhiệm giám sát chất lượng nước cấp, nước thải của cơ sở sản xuất.',
      '- Phối hợp chặt chẽ với các cơ quan quản lý NTTS trong quan trắc, giám sát và cảnh báo môi trường NTTS.',
    ],
    expected: [
      ['Tham mưu UBND tỉnh lựa chọn hình thức', ['Sở Nông nghiệp và Môi trường']],
      ['Chủ trì, chỉ đạo các đơn vị trực thuộc', ['Sở Nông nghiệp và Môi trường']],
      ['Tổng hợp kết quả thực hiện, định kỳ', ['Sở Nông nghiệp và Môi trường']],
      ['Trên cơ sở đề nghị của Sở Nông nghiệp', ['Sở Tài chính']],
      ['Tổ chức hướng dẫn, vận động các cơ sở NTTS', ['UBND các xã/phường']],
      ['Chỉ đạo Phòng Kinh tế', ['UBND các xã/phường']],
      ['Phối hợp chặt chẽ với các cơ quan quản lý NTTS', ['Các cơ sở sản xuất giống, NTTS thương phẩm']],
    ],
  },
  {
    source: TNT('65c9ecb9e2fa82c1', 'Công văn 171/CV-BCĐ 2025, Ban Chỉ đạo của Chính phủ, vướng mắc ở cấp xã'),
    to: ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.'],
    lines: [
      'Ban Chỉ đạo của Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung, khẩn trương chỉ đạo, giải quyết dứt điểm các khó khăn, vướng mắc ở cấp xã khi vận hành chính quyền địa phương 02 cấp, một số nội dung cụ thể sau:',
      '1. Về tổ chức thực hiện chức năng, nhiệm vụ được phân cấp, phân quyền, phân định thẩm quyền',
      '- Tiếp tục đánh giá tính khả thi và khả năng thực hiện pháp luật về phân cấp, phân quyền, phân định thẩm quyền ở cấp xã để kịp thời điều chỉnh, hướng dẫn theo thẩm quyền.',
      '- Đối với các nhiệm vụ thuộc cấp huyện trước đây đã được phân định thẩm quyền cho cấp xã tại các văn bản quy phạm pháp luật hiện hành, trường hợp có vướng mắc, khó khăn, giao Ủy ban nhân dân cấp tỉnh chủ động linh hoạt trong chỉ đạo, điều hành và phân công rõ trách nhiệm cho các cơ quan, tổ chức có liên quan kịp thời tháo gỡ khó khăn.',
      '2. Về kiện toàn tổ chức bộ máy và đội ngũ cán bộ, công chức, viên chức ở cấp xã',
      '- Cấp ủy, chính quyền địa phương xác định đây là nhiệm vụ trọng tâm, cấp bách trước mắt và lâu dài, cần tập trung lãnh đạo, chỉ đạo, cơ bản tháo gỡ khó khăn xong cuối tháng 12 năm 2025 theo chỉ đạo của Tổng Bí thư Tô Lâm.',
      '- Khẩn trương chỉ đạo hoàn thiện tổ chức bộ máy, sắp xếp, thành lập mới các đơn vị sự nghiệp công lập ở cấp xã theo đúng chủ trương của Trung ương.',
    ],
    expected: [
      // A lead-in that names one addressee carries it onto the items without an actor of their own, as the hand-written
      // gold of this letter has it (samples/bodies/dev/bcdcqdp-2025-11-vuongmac-capxa); the ministers' formula naming
      // every recipient does not (dev ttg-2025-11-congdien-thidua-caodiem 1 and 2).
      ['Tiếp tục đánh giá tính khả thi', ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']],
      ['giao Ủy ban nhân dân cấp tỉnh chủ động', ['Ủy ban nhân dân cấp tỉnh']],
      ['Cấp ủy, chính quyền địa phương xác định', ['Cấp ủy, chính quyền địa phương']],
      [
        'Khẩn trương chỉ đạo hoàn thiện tổ chức bộ máy',
        ['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'],
      ],
    ],
  },
  {
    source: TNT(
      '7f6efa59099bb33b',
      'Công văn 6278/BVHTTDL-VP 2025, Bộ Văn hóa, Thể thao và Du lịch, cắt giảm thủ tục hành chính',
    ),
    to: ['Các đơn vị thuộc Bộ được giao thực hiện thủ tục hành chính;', 'Vụ Pháp chế.'],
    lines: [
      'Trước tình hình đó, Bộ Văn hóa, Thể thao và Du lịch yêu cầu:',
      '1. Vụ Pháp chế',
      '- Tập trung hoàn thành việc xây dựng Nghị định sửa đổi, bổ sung một số điều của các Nghị định có quy định TTHC liên quan đến hoạt động sản xuất, kinh doanh thuộc phạm vi quản lý của Bộ VHTTDL, đảm bảo hoàn thành trong tháng 12/2025.',
      '- Nâng cao chất lượng thẩm định nội dung có liên quan đến TTHC tại các đề nghị, dự án, dự thảo văn bản quy phạm pháp luật.',
      '2. Cục Xuất bản, In và Phát hành',
      '- Triển khai sửa đổi, bổ sung Luật Xuất bản và các VBQPPL có liên quan (04 Nghị định, 03 Thông tư) bảo đảm đúng tiến độ đã được phê duyệt.',
      '- Phối hợp với Bộ Tài chính đưa nội dung thực thi Phương án vào Luật sửa đổi bổ sung một số điều của 37 Luật có liên quan đến quy hoạch. Đảm bảo hoàn thành thực thi trong năm 2026.',
      '3. Cục Điện ảnh, Cục Du lịch Quốc gia Việt Nam',
      'Phối hợp với Vụ Pháp chế đưa nội dung thực thi Phương án vào dự thảo Luật sửa đổi, bổ sung một số điều của Luật Điện ảnh, Luật Du lịch... đảm bảo hoàn thành thực thi trong năm 2026.',
      '4. Cục Mỹ thuật, Nhiếp ảnh và Triển lãm',
      'Khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định số 113/2013/NĐ-CP ngày 02/10/2013 của Chính phủ về hoạt động mỹ thuật. Đảm bảo hoàn thành trong quý I/2026.',
      '5. Cục Báo chí',
      '- Khẩn trương hoàn thành thực thi phương án đơn giản hóa TTHC đã được phê duyệt tại Quyết định số 1015/QĐ-TTg của Thủ tướng Chính phủ theo đúng lộ trình được giao hoàn thành trong năm 2025.',
      '7. Cục Hợp tác quốc tế',
      'Khẩn trương hoàn thành thực thi phương án cắt giảm, đơn giản hóa TTHC đã được phê duyệt tại Quyết định số 498/QĐ-TTg của Thủ tướng Chính phủ. Trường hợp có đề xuất khác, khẩn trương báo cáo cấp có thẩm quyền xem xét, phê duyệt, đảm bảo hoàn thành nhiệm vụ trước ngày 15/12/2025.',
      '8. Các đơn vị có TTHC',
      '- Thực hiện nghiêm túc việc lấy ý kiến của Văn phòng Bộ (đơn vị thực hiện công tác kiểm soát TTHC) trong quá trình xây dựng dự thảo các VBQPPL có quy định TTHC.',
      '- Khẩn trương phối hợp với Văn phòng Bộ trong việc công bố và tái cấu trúc quy trình đối với 59 TTHC đã được Chính phủ giao, hoàn thành trước 30/11/2025.',
    ],
    expected: [
      ['Tập trung hoàn thành việc xây dựng Nghị định', ['Vụ Pháp chế']],
      ['Nâng cao chất lượng thẩm định', ['Vụ Pháp chế']],
      ['Triển khai sửa đổi, bổ sung Luật Xuất bản', ['Cục Xuất bản, In và Phát hành']],
      ['Phối hợp với Bộ Tài chính đưa nội dung', ['Cục Xuất bản, In và Phát hành']],
      ['Phối hợp với Vụ Pháp chế đưa nội dung', ['Cục Điện ảnh', 'Cục Du lịch Quốc gia Việt Nam']],
      ['Khẩn trương hoàn thiện sửa đổi, bổ sung Nghị định số 113', ['Cục Mỹ thuật, Nhiếp ảnh và Triển lãm']],
      ['Quyết định số 1015/QĐ-TTg', ['Cục Báo chí']],
      ['Quyết định số 498/QĐ-TTg', ['Cục Hợp tác quốc tế']],
      ['Thực hiện nghiêm túc việc lấy ý kiến', ['Các đơn vị có TTHC']],
      ['Khẩn trương phối hợp với Văn phòng Bộ', ['Các đơn vị có TTHC']],
    ],
  },
  {
    source: TNT('99c7d8fff9e4572e', 'Kế hoạch 982/KH-UBND 2025, UBND tỉnh Nghệ An, đợt thi đua chào mừng Đại hội XIV'),
    lines: [
      'V. THỜI GIAN VÀ TRÁCH NHIỆM THỰC HIỆN',
      '1. Thời gian thực hiện',
      'Đợt thi đua được triển khai thực hiện từ ngày ban hành Kế hoạch đến khi tổ chức thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.',
      '2. Trách nhiệm thực hiện',
      '- Các cơ quan, đơn vị căn cứ Kế hoạch này và đặc điểm, tình hình, yêu cầu, nhiệm vụ để phát động, triển khai Đợt thi đua với nội dung, tiêu chí cụ thể, hình thức phù hợp, thiết thực.',
      '- Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị-xã hội phát huy mạnh mẽ, thành quả của các phong trào thi đua, cuộc vận động tiếp tục hướng mạnh về cơ sở. Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức thành viên phát huy vai trò nòng cốt vận động xã hội thực hiện các chính sách an sinh xã hội cho Nhân dân.',
      '- Sở Văn hóa, Thể thao và Du lịch phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy tiếp tục chỉ đạo các cơ quan truyền thông trên địa bàn tỉnh tích cực, chủ động tăng cường công tác truyền thông, tuyên truyền.',
      '- Hội đồng Thi đua - Khen thưởng các cấp phân công rõ trách nhiệm các thành viên trong quá trình chỉ đạo, hướng dẫn, giám sát việc triển khai thực hiện để Đợt thi đua được triển khai sâu rộng, hiệu quả.',
      '- Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua; phối hợp với các cơ quan, đơn vị liên quan triển khai, đôn đốc, đánh giá việc tổ chức thực hiện Kế hoạch.',
    ],
    expected: [
      ['Các cơ quan, đơn vị căn cứ Kế hoạch này', []],
      ['Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh', ['Ủy ban Mặt trận Tổ quốc tỉnh', 'các tổ chức chính trị-xã hội']],
      ['Sở Văn hóa, Thể thao và Du lịch phối hợp', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['Hội đồng Thi đua - Khen thưởng các cấp', ['Hội đồng Thi đua - Khen thưởng các cấp']],
      ['Sở Nội vụ hướng dẫn khen thưởng', ['Sở Nội vụ']],
    ],
  },
  {
    source: TNT(
      'c5d930a5fc8373cd',
      'Kế hoạch 980/KH-UBND 2025, UBND tỉnh Nghệ An, thi hành Nghị định về phòng thủ dân sự',
    ),
    lines: [
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này.',
      '2. Bộ CHQS tỉnh có trách nhiệm tham mưu Ủy ban nhân dân tỉnh theo dõi, hướng dẫn, kiểm tra, đôn đốc các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường triển khai thực hiện; tổng hợp báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện Kế hoạch.',
      '3. Căn cứ nội dung Kế hoạch và tình hình thực tiễn, các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường xây dựng Kế hoạch triển khai thi hành Nghị định trong phạm vi, lĩnh vực, địa bàn quản lý. Hằng năm báo cáo kết quả thực hiện về Ban Chỉ huy Phòng thủ dân sự tỉnh qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp, báo cáo.',
      '4. Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí ngân sách nhà nước để thực hiện Kế hoạch này theo quy định của pháp luật.',
      '5. Trong quá trình triển khai thực hiện Kế hoạch, nếu có khó khăn, vướng mắc, các sở, ban, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã, phường kịp thời phản ánh về Ban Chỉ huy Phòng thủ dân sự tỉnh qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp, báo cáo theo quy định.',
    ],
    expected: [
      // IV.1 ('... chịu trách nhiệm thực hiện Kế hoạch này') is the call to carry the plan out, no requirement (hand gold of
      // samples/bodies/dev/kh-nghean-2025-11-kehoach-phongthu-dansu).
      ['Bộ CHQS tỉnh có trách nhiệm tham mưu', ['Bộ CHQS tỉnh']],
      [
        'Căn cứ nội dung Kế hoạch và tình hình thực tiễn',
        ['các sở, ban, ngành, tổ chức chính trị - xã hội', 'Ủy ban nhân dân các xã, phường'],
      ],
      ['Sở Tài chính và Ủy ban nhân dân các xã, phường bố trí', ['Sở Tài chính', 'Ủy ban nhân dân các xã, phường']],
    ],
  },
  {
    source: TNT('6a58c855aa6d465c', 'Công văn 17899/BTC-VP 2025, Bộ Tài chính, tập huấn nghiệp vụ thuế cho cấp xã'),
    to: ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.'],
    lines: [
      'Bộ Tài chính trân trọng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các xã, phường, đặc khu cử cán bộ, công chức, viên chức tham dự lớp bồi dưỡng; tổng hợp các câu hỏi của cấp xã về nội dung quản lý thuế trong thực thi công vụ gửi về Trường Bồi dưỡng cán bộ Kinh tế - Tài chính; đồng thời gửi thông tin theo hình thức trực tuyến (hướng dẫn chi tiết tại các Phụ lục kèm theo Công văn) trước ngày 24/11/2025.',
    ],
    expected: [['Bộ Tài chính trân trọng đề nghị', ['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']]],
  },
  {
    source: TNT('c3581fb6fc76bf57', 'Công văn 5526/CT-CS 2025, Cục Thuế, hỗ trợ người nộp thuế bị thiệt hại do bão lũ'),
    to: ['Trưởng Thuế các tỉnh, thành phố.'],
    lines: [
      'Cục Thuế yêu cầu Trưởng Thuế các tỉnh, thành phố nơi có NNT bị thiệt hại do thiên tai, bão lũ, khẩn trương triển khai các nội dung sau:',
      '1. Về chính sách, thủ tục, hồ sơ gia hạn, miễn, giảm thuế',
      'Tiếp tục hướng dẫn các giải pháp hỗ trợ NNT bị tổn thất do bão và mưa lũ sau bão theo quy định tại các văn bản quy phạm pháp luật hiện hành.',
      '2. Về hỗ trợ NNT khắc phục hậu quả sau bão lũ',
      '- Đề nghị cơ quan thuế địa phương tạo điều kiện thuận lợi nhất cho NNT khi làm thủ tục miễn, giảm, gia hạn thuế cho NNT bị ảnh hưởng và thiệt hại bởi thiên tai theo quy định; Thực hiện kiểm tra, giám sát để xử lý nghiêm các trường hợp gây sách nhiễu với NNT hoặc trục lợi chính sách.',
      '- Đối với NNT đã nộp và đầy đủ hồ sơ đề nghị gia hạn, miễn giảm thuế: Cơ quan thuế địa phương căn cứ quy định của pháp luật và hồ sơ, tình hình thực tế của NNT để kịp thời hướng dẫn, giải quyết cho NNT theo quy định.',
      '- Đối với NNT chưa có hồ sơ (hoặc hồ sơ chưa đầy đủ) đề nghị gia hạn, miễn, giảm thuế: Cơ quan thuế địa phương có trách nhiệm hướng dẫn rõ NNT các chính sách, hồ sơ, thủ tục đề nghị gia hạn, miễn, giảm thuế; phối hợp với các cơ quan liên quan để giải quyết các vấn đề liên quan đến thủ tục hành chính.',
      '- Đối với các khó khăn, vướng mắc phát sinh (nếu có) trong quá trình triển khai các giải pháp hỗ trợ NNT: Cơ quan thuế địa phương kịp thời, nhanh chóng giải quyết cho NNT. Trường hợp vượt quá thẩm quyền, đề nghị kịp thời báo cáo về Cục Thuế để có văn bản hướng dẫn theo quy định.',
      '3. Về tổ chức triển khai thực hiện',
      '- Giao Trưởng Thuế các tỉnh, thành phố tập trung chỉ đạo triển khai thực hiện các nội dung hỗ trợ NNT bị hưởng ảnh, thiệt hại do thiên tai nêu trên và chịu trách nhiệm trước Cục về chất lượng triển khai.',
    ],
    expected: [
      ['Đề nghị cơ quan thuế địa phương tạo điều kiện', ['cơ quan thuế địa phương']],
      ['Đối với NNT đã nộp và đầy đủ hồ sơ', ['Cơ quan thuế địa phương']],
      ['Đối với NNT chưa có hồ sơ', ['Cơ quan thuế địa phương']],
      ['Đối với các khó khăn, vướng mắc phát sinh', ['Cơ quan thuế địa phương']],
      ['Giao Trưởng Thuế các tỉnh, thành phố tập trung', ['Trưởng Thuế các tỉnh, thành phố']],
    ],
  },
  {
    source: 'https://svhtt.thuathienhue.gov.vn (UBND tỉnh Thừa Thiên Huế, nếp sống văn minh)',
    lines: [
      '1. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:',
      'a) Hướng dẫn tổ chức thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”; chủ trì hiệp thương giữa các tổ chức thành viên của Mặt trận Tổ quốc Việt Nam.',
    ],
    expected: [['Hướng dẫn tổ chức thực hiện Cuộc vận động', ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']]],
  },
  {
    source: TNT(
      'bffd9da6f0d38031',
      'Kế hoạch 556/KH-UBND 2025, UBND tỉnh Đồng Tháp, tài nguyên, môi trường biển và hải đảo',
    ),
    lines: [
      'IV. NHIỆM VỤ CỤ THỂ',
      '1. Sở Nông nghiệp và Môi trường',
      '- Chủ trì, theo dõi, kiểm tra, đôn đốc việc thực hiện các nhiệm vụ đã đề ra của Kế hoạch này. Định kỳ hàng năm, tổng hợp, báo cáo kết quả thực hiện Kế hoạch này về Bộ Nông nghiệp và Môi trường, đồng gửi Ủy ban nhân dân tỉnh theo dõi.',
      '- Tiếp tục triển khai thực hiện Kế hoạch 310/KH-UBND ngày 21/8/2024 của Ủy ban nhân dân tỉnh về phát triển nuôi trồng thủy sản trên biển tỉnh đến năm 2030; phối hợp với Ủy ban nhân dân 04 xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông thành lập mới khu bảo vệ nguồn lợi thủy sản, phục hồi hệ sinh thái biển đến năm 2030.',
      '2. Sở Văn hóa, Thể thao và Du lịch',
      '- Chỉ đạo, đôn đốc, hướng dẫn các cơ quan truyền thông trên địa bàn tỉnh tăng cường công tác tuyên truyền về chủ trương, chính sách của Đảng và Nhà nước về biển và hải đảo.',
      '6. Sở Tài chính',
      '- Căn cứ khả năng cân đối ngân sách địa phương, phối hợp với Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền bố trí kinh phí để thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn có liên quan theo phân cấp ngân sách nhà nước hiện hành.',
      '7. Sở Nội vụ',
      '- Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tổ chức thực hiện việc xác định, công bố ranh giới quản lý hành chính trên biển giữa các xã có biển trên địa bàn tỉnh.',
      '8. Sở Giáo dục và Đào tạo',
      'Chủ trì, tham mưu xây dựng các chương trình đào tạo nghề và phát triển nguồn nhân lực chất lượng cao, đáp ứng nhu cầu thị trường để phục vụ cho các ngành kinh tế vùng ven biển và chuyển đổi nghề nghiệp của người dân.',
      '9. Bộ Chỉ huy Quân sự tỉnh',
      '- Phối hợp với các cơ quan có liên quan tham gia và bảo vệ an ninh, an toàn cho các hoạt động điều tra cơ bản, nghiên cứu khoa học và khai thác, sử dụng tài nguyên tại vùng biển của tỉnh, xử lý các hành vi vi phạm theo thẩm quyền.',
      '10. Công an tỉnh',
      'Thực hiện tốt công tác phòng ngừa, phát hiện, đấu tranh, xử lý các hành vi vi phạm trong khai thác tài nguyên, gây ô nhiễm môi trường biển; đảm bảo an ninh quốc gia, an ninh trật tự trong quá trình xây dựng và triển khai các nhiệm vụ của Chiến lược.',
      '11. Ban Quản lý Khu kinh tế tỉnh',
      'Chủ trì, phối hợp với các sở, ngành, địa phương có liên quan tham mưu đề xuất Ủy ban nhân dân tỉnh triển khai thực hiện đầu tư hạ tầng các khu công nghiệp theo đúng quy hoạch được phê duyệt.',
      '12. Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông',
      '- Chủ trì xây dựng, điều chỉnh, bố trí kinh phí và tổ chức thực hiện các nhiệm vụ của Kế hoạch trong phạm vi quyền hạn của địa phương.',
      '13. Các sở, ngành có liên quan; Ủy ban nhân dân các xã, phường',
      'Căn cứ vào chức năng, nhiệm vụ của đơn vị, đề xuất, triển khai thực hiện các nhiệm vụ và giải pháp tại Phần III Kế hoạch này; tuyên truyền nâng cao nhận thức, ý thức về chủ quyền và vai trò của biển đảo đối với xây dựng và bảo vệ tổ quốc.',
      'VI. TỔ CHỨC THỰC HIỆN',
      '1. Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các xã, phường nghiên cứu triển khai thực hiện, đảm bảo phù hợp với chức năng, nhiệm vụ của ngành, cơ quan, đơn vị mình.',
      '2. Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này có trách nhiệm thường xuyên phối hợp cùng các cơ quan chuyên môn thuộc các bộ, ngành Trung ương trong việc hỗ trợ vốn, khoa học và công nghệ, đào tạo phát triển nguồn nhân lực.',
      '4. Các đơn vị, địa phương tăng cường kiểm tra, đôn đốc triển khai, thực hiện Kế hoạch này, định kỳ hàng năm báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường chậm nhất ngày 17 tháng 12.',
      '5. Giao Sở Nông nghiệp và Môi trường chủ trì phối hợp với các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường tổ chức triển khai thực hiện Kế hoạch này; Đồng thời theo dõi kiểm tra, đôn đốc các sở, ban, ngành tỉnh có liên quan và Ủy ban nhân dân các xã, phường trong việc thực hiện kế hoạch; Tổ chức sơ, tổng kết, báo cáo kịp thời về Bộ Nông nghiệp và Môi trường, Ủy ban nhân dân tỉnh.',
    ],
    expected: [
      ['Chủ trì, theo dõi, kiểm tra, đôn đốc', ['Sở Nông nghiệp và Môi trường']],
      ['Tiếp tục triển khai thực hiện Kế hoạch 310', ['Sở Nông nghiệp và Môi trường']],
      ['Chỉ đạo, đôn đốc, hướng dẫn các cơ quan truyền thông', ['Sở Văn hóa, Thể thao và Du lịch']],
      ['Căn cứ khả năng cân đối ngân sách địa phương', ['Sở Tài chính']],
      ['xác định, công bố ranh giới', ['Sở Nội vụ']],
      ['Chủ trì, tham mưu xây dựng các chương trình đào tạo nghề', ['Sở Giáo dục và Đào tạo']],
      ['Phối hợp với các cơ quan có liên quan tham gia và bảo vệ', ['Bộ Chỉ huy Quân sự tỉnh']],
      ['Thực hiện tốt công tác phòng ngừa', ['Công an tỉnh']],
      ['triển khai thực hiện đầu tư hạ tầng các khu công nghiệp', ['Ban Quản lý Khu kinh tế tỉnh']],
      [
        'Chủ trì xây dựng, điều chỉnh, bố trí kinh phí',
        ['Ủy ban nhân dân các xã: Gia Thuận, Tân Điền, Gò Công Đông, Tân Phú Đông'],
      ],
      ['Căn cứ vào chức năng, nhiệm vụ của đơn vị', ['Các sở, ngành có liên quan', 'Ủy ban nhân dân các xã, phường']],
      // VI.1 ('Căn cứ Kế hoạch này, ... nghiên cứu triển khai thực hiện') is the call to carry the plan out, no requirement
      // (hand gold of samples/bodies/dev/kh-dongthap-2025-11-kehoach-tainguyen-bien).
      [
        'Các sở, ban, ngành tỉnh có liên quan tới việc',
        ['Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế hoạch này'],
      ],
      ['Các đơn vị, địa phương tăng cường kiểm tra', []],
      ['Giao Sở Nông nghiệp và Môi trường chủ trì phối hợp', ['Sở Nông nghiệp và Môi trường']],
    ],
  },
  {
    source: TNT(
      'aa9bb8226e3d4c71',
      'Hướng dẫn 40-HD/BTGDVTW 2025, Ban Tuyên giáo và Dân vận Trung ương, đội ngũ báo cáo viên các cấp',
    ),
    to: [
      'Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương;',
      'Các ban, bộ, ngành ở Trung ương.',
    ],
    lines: [
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương; văn phòng đảng ủy các ban, bộ, ngành:',
      '- Tham mưu và chịu trách nhiệm trước cấp ủy trong việc lựa chọn, lập danh sách đề nghị Ban Tuyên giáo và Dân vận Trung ương công nhận đội ngũ báo cáo viên Trung ương thuộc địa phương, đơn vị mình.',
      '- Lập danh sách đề nghị Ban Thường vụ cấp ủy, hoặc thừa ủy quyền của Ban Thường vụ cấp ủy quyết định công nhận đội ngũ báo cáo viên cấp tỉnh và hướng dẫn cấp xã tổ chức thực hiện theo thẩm quyền.',
      '2. Ban Xây dựng Đảng đảng ủy xã, phường; Ban Tuyên giáo và Dân vận đảng ủy đặc khu lập danh sách đề nghị Ban Thường vụ cấp ủy quyết định công nhận đội ngũ báo cáo viên cấp xã.',
    ],
    expected: [
      [
        'Tham mưu và chịu trách nhiệm trước cấp ủy',
        [
          'Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
          'văn phòng đảng ủy các ban, bộ, ngành',
        ],
      ],
      [
        'Lập danh sách đề nghị Ban Thường vụ cấp ủy',
        [
          'Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương',
          'văn phòng đảng ủy các ban, bộ, ngành',
        ],
      ],
      [
        'Ban Xây dựng Đảng đảng ủy xã, phường',
        ['Ban Xây dựng Đảng đảng ủy xã, phường', 'Ban Tuyên giáo và Dân vận đảng ủy đặc khu'],
      ],
    ],
  },
];
