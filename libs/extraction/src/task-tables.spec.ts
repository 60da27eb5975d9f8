import { extractDirective } from './extract-directive.js';
import { readTaskTables } from './task-tables.js';
import { prepareText, splitLines } from './text-utils.js';

// Real annex tables as the web copies print them: one cell per line run, cells parted by lines holding only "|".
// Sources (tnt305/tai_lieu_noi_bo, crawls of thuvienphapluat.vn pages):
// - Kế hoạch 552/KH-UBND Đồng Tháp: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/192068354fd1ffe5.md
// - Kế hoạch 179/KH-UBND Đồng Nai: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/f004d93b21e7fc5f.md
// - Kế hoạch 144/KH-UBND Bắc Ninh: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/ad5aff6c13929815.md
const DONGTHAP_552_HEADER = `|
**ỦY BAN NHÂN DÂN**
**TỈNH ĐỒNG THÁP**
-------
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
---------------
|
|
Số: 552/KH-UBND
|
*Đồng Tháp, ngày 19 tháng 11 năm 2025*
|

**KẾ HOẠCH**

THỰC HIỆN LỘ TRÌNH ĐỔI MỚI CÔNG NGHỆ ĐẾN NĂM 2035 TRÊN ĐỊA BÀN TỈNH ĐỒNG THÁP ĐỐI VỚI CÁC NGÀNH KINH TẾ MŨI NHỌN

`;
const DONGTHAP_552_ANNEX = `
|
*Nơi nhận:*
- Thường trực Tỉnh ủy;
- Thường trực HĐND Tỉnh;
- CT, các PCT UBND Tỉnh;
- Mục V;
- VPUB: CVP, các PCVP;
- Lưu: VT, KGVX. Thg.
|
**TM. ỦY BAN
NHÂN DÂN**
KT. CHỦ TỊCH
**PHÓ CHỦ TỊCH**
**Huỳnh Minh Tuấn**
|


**PHỤ LỤC**

NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN

*(Ban hành kèm theo Kế hoạch số 552/KH-UBND ngày 19/11/2025 của Ủy ban nhân
dân tỉnh)*

|
**STT**
|
**NHIỆM VỤ VÀ GIẢI PHÁP**
|
**CHỦ TRÌ**
|
**PHỐI HỢP**
|
**THỜI GIAN**
|
|
**I**
|
**NHÓM
GIẢI PHÁP VỀ CƠ CHẾ CHÍNH SÁCH**
|
|
1
|
Rà soát, kịp thời cụ thể
hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư (PPP, FDI,
ODA) hỗ trợ đổi mới công nghệ phù hợp với điều kiện kinh tế xã hội của tỉnh.
|
Sở Tài chính
|
Sở, ban, ngành có liên quan
|
Thường xuyên
|
|
2
|
Đề xuất giải pháp cải thiện
môi trường đầu tư, kinh doanh; ưu tiên thu hút dự án ứng dụng công nghệ cao.
|
Sở Tài chính
|
Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh Đồng Tháp
|
2026
|
|
3
|
Nghiên cứu, tư vấn, phản
biện chính sách, giải pháp công nghệ.
|
Liên hiệp các Hội Khoa học và Kỹ thuật
|
Sở, ban, ngành có liên quan
|
Thường xuyên
|
|
4
|
Xây dựng cơ chế đặt hàng
nghiên cứu khoa học và công nghệ của Tỉnh gắn với nhu cầu thực tiễn, khuyến
khích mô hình hợp tác công - tư (PPP) trong phát triển hạ tầng công nghệ và đổi
mới sáng tạo.
|
Sở Khoa học và Công nghệ
|
Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan
|
2026
|
|
** II**
|
**HỖ
TRỢ VÀ PHÁT TRIỂN CÔNG NGHỆ**
|
|
1
|
Xây dựng chương trình hỗ
trợ nghiên cứu, ứng dụng, chuyển giao, đổi mới công nghệ cao cho doanh nghiệp,
hợp tác xã, hộ sản xuất.
|
Sở Khoa học và Công nghệ
|
Sở, ban, ngành có liên quan
|
2026
|
|
2
|
Phát triển hệ sinh thái đổi
mới sáng tạo, phối hợp triển khai vận hành hoạt động ứng dụng, chuyển giao
công nghệ.
|
Sở Khoa học và Công nghệ
|
Sở, ban, ngành có liên quan
|
2025 - 2035
|
|
4
|
Hỗ trợ doanh nghiệp ứng dụng
công nghệ số trong quản trị sản xuất, kinh doanh, đặc biệt là thương mại điện
tử và logistics.
|
Sở Công Thương
|
Doanh nghiệp; Sở, ban, ngành có liên quan
|
2025 - 2035
|
`;
const DONGNAI_179_ANNEX = `**PHỤ LỤC**

DANH MỤC CÁC NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỰC HIỆN CHIẾN
LƯỢC QUỐC GIA PHÁT TRIỂN KINH TẾ SỐ VÀ XÃ HỘI SỐ GIAI ĐOẠN 2026-2030 TRÊN ĐỊA
BÀN TỈNH

*(Kèm theo Kế hoạch số 179/KH-UBND ngày 18 tháng 11 năm 2025)*

|
**STT**
|
**Nhiệm vụ, giải
pháp**
|
**Đơn vị thực hiện**
|
**Đơn vị phối hợp**
|
**Thời gian thực
hiện**
|
**Sản phẩm đầu ra**
|
|
**A**
|
**PHÁT TRIỂN NỀN MÓNG CHO
KINH TẾ SỐ VÀ XÃ HỘI SỐ**
|
|
**I**
|
**Hoàn thiện thể chế**
|
|
1.1
|
Rà soát, xây dựng, sửa đổi, bổ sung các quy định pháp
luật cho phù hợp với sự phát triển kinh tế số, xã hội số của tỉnh; rà soát,
chỉnh sửa, bổ sung cơ chế, chính sách, văn bản quy phạm pháp luật trong từng
ngành, lĩnh vực để cụ thể hóa việc thúc đẩy giao dịch điện tử trong mọi mặt
kinh tế - xã hội; xây dựng các chính sách để bảo đảm tỷ lệ hoạt động trực tuyến
chiếm tối thiểu 50% tổng số hoạt động trong mỗi cơ quan, tổ chức, ngành, lĩnh
vực
|
Sở Tư pháp
|
Các sở, ban, ngành; UBND các phường, xã
|
2026 - 2030
|
Các cơ chế, chính sách; các văn bản quy phạm pháp
luật
|
|
**II**
|
**Phát triển hạ tầng**
|
|
2.1
|
Triển khai hạ tầng số và hạ tầng bưu chính; Triển
khai chiến lược, kế hoạch chuyển đổi số, lộ trình số hóa và thông minh hóa
lĩnh vực hạ tầng khoa học công nghệ và đổi mới sáng tạo
|
Sở Khoa học và Công nghệ
|
Các sở, ban, ngành; UBND các phường, xã; Các
doanh nghiệp cung cấp dịch vụ bưu chính
|
2026 - 2030
|
Các giải pháp về hạ tầng số và hạ tầng bưu chính;
Chiến lược và Kế hoạch
|
|
2.2
|
Triển khai chiến lược, kế hoạch chuyển đổi số, lộ
trình số hoá và thông minh hoá lĩnh vực giao thông và lĩnh vực hạ tầng đô thị
|
Sở Xây dựng
|
Các sở, ban, ngành; UBND các phường, xã
|
2026 - 2030
|
Chiến lược và Kế hoạch
|
|
**III**
|
**Phát triển nền tảng số**
|
|
3
|
Xây dựng và tổ chức triển khai kế hoạch thúc đẩy
sử dụng nền tảng số quốc gia trên địa bàn tỉnh
|
Sở Khoa học và Công nghệ
|
Các sở, ban, ngành; UBND các phường, xã
|
2026
|
Kế hoạch
|
|
**IV**
|
**Phát triển dữ liệu số**
|
|
4.1
|
Xây dựng Kế hoạch triển khai Chiến lược dữ liệu
quốc gia trên địa bàn tỉnh
|
Công an tỉnh
|
Các sở, ban, ngành; UBND các phường, xã
|
2025
|
Kế hoạch (đã thực hiện)
|
|
**VI**
|
**Phát triển nhân lực số**
|
|
6.3
|
Thiết lập thư viện điện tử, tài nguyên giáo dục mở
|
Sở Giáo dục và Đào tạo, Sở Văn hóa Thể thao và Du
lịch
|
Các sở, ban, ngành; UBND các phường xã
|
2026 - 2030
|
Chương trình
|
|
**IX**
|
**Phát triển thanh toán
số**
|
|
9.4
|
Triển khai Chương trình hỗ trợ bệnh viện, trường
học thực hiện thanh toán không dùng tiền mặt và chuyển đổi số quản trị hoạt động
của đơn vị
|
Sở Y tế; Sở Giáo dục và Đào tạo
|
Các sở, ban, ngành; UBND các phường xã
|
2026 - 2030
|
Chương trình
|
|
9.5
|
Triển khai Nền tảng hóa đơn điện tử quốc gia
|
Thuế Đồng Nai
|
Các sở, ban, ngành; UBND các phường xã
|
2026 - 2030
|
Chương trình
|


|
**B**
|
**PHÁT TRIỂN KINH TẾ SỐ
VÀ XÃ HỘI SỐ NGÀNH, LĨNH VỰC**
|
|
**I**
|
**Phát triển kinh tế số,
xã hội số nông nghiệp và môi trường**
|
|
**Nội dung**
|
**Đơn vị thực hiện**
|
**Đơn vị phối hợp**
|
**Thời gian thực hiện**
|
**Sản phẩm đầu ra**
|
|
1.1
|
Xây dựng và tổ chức triển khai Kế hoạch phát triển
kinh tế số và xã hội số trong lĩnh vực nông nghiệp, nông thôn
|
Sở Nông nghiệp và Môi trường
|
Các sở, ban, ngành; UBND các phường xã
|
2026 - 2030
|
Kế hoạch
|
|
1.2
|
Triển khai Nền tảng dữ liệu số nông nghiệp; Nền tảng
số kết nối người nông dân với chuyên gia nông nghiệp; Nền tảng truy xuất nguồn
gốc nông sản
|
Sở Nông nghiệp và Môi trường
|
Các sở, ban, ngành; UBND các phường xã
|
2026 - 2030
|
Nền tảng ứng dụng
|
`;
const BACNINH_144_ANNEX = `**PHỤ LỤC**

PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ,
XÃ HỘI SỐ ĐẾN NĂM 2030

*(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025 của
UBND tỉnh Bắc Ninh)*

|
**TT**
|
**Chỉ tiêu**
|
**Chủ trì**
|
|
|
**I. Kinh
tế số**
|
|
|
1
|
Kinh tế số chiếm 45% GRDP tỉnh.
|
Sở Tài chính
|
|
4
|
Tỷ lệ doanh nghiệp có hoạt động
đổi mới sáng tạo đạt tối thiểu 40%
|
Sở Khoa học và Công nghệ
|
|
|
**II. Xã
hội số**
|
|
|
3
|
Tỷ lệ người dân kết nối mạng
được bảo vệ ở mức cơ bản đạt 80%.
|
Công an tỉnh
|
`;

const tables = (text: string, annexFrom = 0) => {
  const prepared = prepareText(text);
  return readTaskTables(prepared, splitLines(prepared), annexFrom, '2025');
};

describe('task tables', () => {
  it('reads each task row of an annex as a requirement of its lead (Kế hoạch 552/KH-UBND Đồng Tháp, PHỤ LỤC)', () => {
    const { directive } = extractDirective(DONGTHAP_552_HEADER + DONGTHAP_552_ANNEX);
    const rows = directive.requirements.filter((r) => r.ref.startsWith('PL.'));
    expect(rows.map((r) => r.ref)).toEqual(['PL.I.1', 'PL.I.2', 'PL.I.3', 'PL.I.4', 'PL.II.1', 'PL.II.2', 'PL.II.4']);
    expect(rows[0].text).toBe(
      'Rà soát, kịp thời cụ thể hoá các cơ chế, chính sách khuyến khích xã hội hóa, thu hút đầu tư (PPP, FDI, ODA) hỗ trợ đổi mới công nghệ phù hợp với điều kiện kinh tế xã hội của tỉnh',
    );
    // "Sở Tài chính" chủ trì; "Sở Công Thương; Ban Quản lý khu Kinh tế tỉnh Đồng Tháp" only phối hợp.
    expect(rows[1].assignees).toEqual(['Sở Tài chính']);
    expect(rows[2].assignees).toEqual(['Liên hiệp các Hội Khoa học và Kỹ thuật']);
  });

  it('takes no deadline from a column of the time of execution ("THỜI GIAN": "Thường xuyên", "2026", "2025 - 2035") (Kế hoạch 552/KH-UBND Đồng Tháp)', () => {
    const { directive } = extractDirective(DONGTHAP_552_HEADER + DONGTHAP_552_ANNEX);
    expect(directive.requirements.flatMap((r) => r.deadlines)).toEqual([]);
  });

  it('keeps part letters when numbering restarts, splits two leads, skips a repeated header row (Kế hoạch 179/KH-UBND Đồng Nai)', () => {
    const [table] = tables(DONGNAI_179_ANNEX);
    const refs = table.requirements.map((r) => r.ref);
    expect(refs.slice(0, 3)).toEqual(['PL.A.1.1', 'PL.A.2.1', 'PL.A.2.2']);
    expect(refs.slice(-2)).toEqual(['PL.B.1.1', 'PL.B.1.2']);
    // "| Sở Giáo dục và Đào tạo, Sở Văn hóa Thể thao và Du / lịch |", "| Sở Y tế; Sở Giáo dục và Đào tạo |"
    expect(table.requirements.find((r) => r.ref === 'PL.A.6.3')!.assignees).toEqual([
      'Sở Giáo dục và Đào tạo',
      'Sở Văn hóa Thể thao và Du lịch',
    ]);
    expect(table.requirements.find((r) => r.ref === 'PL.A.9.4')!.assignees).toEqual([
      'Sở Y tế',
      'Sở Giáo dục và Đào tạo',
    ]);
    // "| Nội dung | Đơn vị thực hiện | ..." printed again under "B / I" is no task.
    expect(table.requirements.some((r) => r.text === 'Nội dung')).toBe(false);
    expect(table.requirements).toHaveLength(10);
  });

  it('reads no task from a table of targets ("TT | Chỉ tiêu | Chủ trì") (Kế hoạch 144/KH-UBND Bắc Ninh)', () => {
    expect(tables(BACNINH_144_ANNEX)).toEqual([]);
  });

  it('numbers rows of a table in the body without "PL." (Kế hoạch 552/KH-UBND Đồng Tháp, annex read as if in the body)', () => {
    const [table] = tables(DONGTHAP_552_ANNEX, Infinity);
    expect(table.requirements[0].ref).toBe('I.1');
  });
});
