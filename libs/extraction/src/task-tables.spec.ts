import { extractDirective } from './extract-directive.js';
import { readTaskTables } from './task-tables.js';
import { prepareText } from './text-utils.js';

// Real annex tables as the web copies print them: one cell per line run, cells parted by lines holding only "|".
// Sources (tnt305/tai_lieu_noi_bo, crawls of thuvienphapluat.vn pages):
// - Kế hoạch 552/KH-UBND Đồng Tháp: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/192068354fd1ffe5.md
// - Kế hoạch 179/KH-UBND Đồng Nai: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/f004d93b21e7fc5f.md
// - Quyết định 2530/QĐ-TTg (Kế hoạch hành động quốc gia, không khí): https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/646f0a00d4174382.md
// - Kế hoạch 310/KH-UBND Hà Nội: https://github.com/tnt305/tai_lieu_noi_bo/blob/56eff108e1bc20bfb6b7a8ae794c034c18cf6d94/src/etl/dataset/31786b0833a4130d.md
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
const TTG_2530_ANNEXES = `**PHỤ LỤC I**
BẢNG PHÂN CÔNG THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP TẠI KẾ
HOẠCH HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM VÀ QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG
KHÔNG KHÍ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045
*(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19 tháng 11 năm 2025 của Thủ tướng
Chính phủ)*
|
**STT**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thuộc nhóm nhiệm
vụ, hành động[1]**
|
**Nội dung nhiệm
vụ**
|
**Chỉ tiêu đạt được**
|
**Thời hạn hoàn thành**
|
|
**A.**
|
**BỘ NÔNG NGHIỆP VÀ MÔI
TRƯỜNG**
|
|
1
|
Bộ Nông nghiệp và Môi trường
|
- Bộ Khoa học và Công nghệ;
- Bộ Xây dựng;
- Bộ Công Thương;
- Các bộ, ngành liên quan và UBND các tỉnh/ thành
phố.
|
Hoàn thiện hệ thống chính sách pháp luật về kiểm soát,
quản lý chất lượng môi trường không khí
|
- Hoàn thiện Nghị định về xử lý vi phạm hành
chính trong lĩnh vực bảo vệ môi trường.
|
- Nghị định được ban hành, chế tài đủ mạnh, khả
thi (xác định rõ các đối tượng, hành vi vi phạm, mức xử phạt nghiêm khắc trong
hoạt động đốt chất thải, phụ phẩm nông nghiệp, xả khí thải vượt quy chuẩn kỹ
thuật quốc gia về môi trường, gây ô nhiễm môi trường không khí).
|
Ban hành trong quý I năm 2026. Thực hiện rà soát,
điều chỉnh (nếu có)
|
|
- Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ
số phát thải và kiểm kê khí thải.
|
- Bộ công cụ kiểm kê khí thải được ban hành và
triển khai các hoạt động tập huấn, phổ biến, tuyên truyền.
|
Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật
các hướng dẫn kỹ thuật (nếu có)
|
|
- Xây dựng quy chế phối hợp, biện pháp quản lý chất
lượng môi trường không khí liên vùng, liên tỉnh.
|
- Quy chế phối hợp liên vùng, liên tỉnh được ban
hành.
|
Ban hành trong năm 2026. Thực hiện rà soát, điều
chỉnh (nếu có)
|
|
- Xây dựng và ban hành tiêu chí Nhãn sinh thái Việt
Nam cho phương tiện và dịch vụ giao thông thân thiện môi trường.
|
- Bộ tiêu chí Nhãn sinh thái Việt Nam được ban
hành, có ít nhất 02 loại hình sản phẩm được cấp.
|
Giai đoạn 2026 - 2027. Thực hiện rà soát, cập nhật
các hướng dẫn kỹ thuật (nếu có)
|
|
- Xây dựng trình Thủ tướng Chính phủ hồ sơ thành
lập Ban Chỉ đạo quốc gia về khắc phục ô nhiễm không khí.
|
- Quyết định phê duyệt thành lập Ban Chỉ đạo quốc
gia được ban hành.
- Triển khai các hoạt động của Ban Chỉ đạo quốc
gia về khắc phục ô nhiễm không khí.
|
Trình Thủ tướng Chính phủ trong năm 2026 và triển
khai thực hiện các hoạt động thường xuyên liên tục
|
|
4
|
Bộ Nông nghiệp và Môi trường
|
UBND các tỉnh/thành phố
|
Phát triển không gian xanh quốc gia
|
Tiếp tục triển khai hiệu quả Đề án “Trồng một tỷ
cây xanh” và xây dựng chương trình cho giai đoạn 2026 - 2030.
|
- Chương trình trồng cây xanh quốc gia giai đoạn
2026 - 2030 được phê duyệt và phân bổ chỉ tiêu.
- Diện tích cây xanh, công viên đô thị tăng lên theo
mục tiêu.
|
Giai đoạn 2026 - 2030
|
|
7
|
Bộ Nông nghiệp và Môi trường
|
- Bộ Công Thương;
- Bộ Xây dựng;
- UBND các tỉnh/thành phố.
|
Tăng cường thanh tra, kiểm tra và xử lý vi phạm
|
Giám sát chặt chẽ, thường xuyên tình trạng xả thải
của các nguồn thải lớn; công khai danh sách vi phạm, áp dụng chế tài xử phạt
nghiêm.
|
- Kế hoạch kiểm tra liên ngành định kỳ và đột xuất
được thực hiện nghiêm túc.
- Các sự vụ vi phạm nghiêm trọng được xử lý
nghiêm theo quy định.
|
Thực hiện thường xuyên, liên tục
|
|
**C.**
|
**BỘ CÔNG THƯƠNG**
|
|
1
|
Bộ Công Thương
|
- Bộ Nông nghiệp và Môi trường;
- Bộ Khoa học và Công nghệ;
- Bộ Xây dựng.
|
Hoàn thiện hệ thống chính sách pháp luật về kiểm
soát, quản lý chất lượng môi trường không khí
|
Xây dựng lộ trình cung ứng nhiên liệu và kiểm soát
chất lượng nhiên liệu phù hợp với quy chuẩn kỹ thuật quốc gia và lộ trình áp
dụng quy chuẩn khí thải phương tiện giao thông cơ giới đường bộ.
|
Lộ trình cung ứng nhiên liệu (xăng, diesel) đạt
tiêu chuẩn khí thải cao hơn (Euro 5, Euro 6) được xây dựng và trình cấp có thẩm
quyền ban hành.
|
Thực hiện trong năm 2026 và có rà soát, bổ sung,
điều chỉnh (nếu có)
|
|
**E.**
|
**BỘ Y TẾ**
|
|
|
Bộ Y tế
|
- Bộ Nông nghiệp và Môi trường;
- UBND các tỉnh/thành phố.
|
Tăng cường hiệu quả hoạt động bảo vệ sức khỏe cộng
đồng, phòng chống tác hại của ô nhiễm không khí
|
- Xây dựng hồ sơ sức khỏe để theo dõi, đánh giá
các tác động của ô nhiễm không khí đối với sức khỏe cộng đồng.
- Thực hiện các chương trình, dự án nghiên cứu ảnh
hưởng ô nhiễm không khí tới sức khỏe.
|
- Triển khai các nghiên cứu cấp quốc gia/bộ về ảnh
hưởng của ô nhiễm không khí đến sức khỏe và các nhóm bệnh cụ thể.
|
Giai đoạn 2026 - 2030
|
|
- Tăng cường kiểm soát đối với môi trường không
khí từ hoạt động của ngành y tế và các lò đốt chất thải y tế.
|
- Báo cáo đánh giá hiện trạng phát thải từ các cơ
sở y tế và hiệu quả của các hệ thống xử lý khí thải lò đốt.
|
Giai đoạn 2026 - 2030
|
**PHỤ LỤC II**
DANH MỤC CÁC NHIỆM VỤ, DỰ ÁN ƯU TIÊN THỰC HIỆN KẾ HOẠCH
HÀNH ĐỘNG QUỐC GIA VỀ KHẮC PHỤC Ô NHIỄM VÀ QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG
KHÍ GIAI ĐOẠN 2026 - 2030, TẦM NHÌN ĐẾN NĂM 2045
*(Kèm theo Quyết định số 2530/QĐ-TTg ngày 19 tháng 11 năm 2025 của Thủ tướng
Chính phủ)*
|
**STT**
|
**Tên dự án, nhiệm
vụ**
|
**Nội dung chính**
|
**Cơ quan chủ trì[1]**
|
**Cơ quan phối hợp**
|
**Tình trạng**
|
**Thời gian thực
hiện**
|
**Nguồn lực thực
hiện[2]**
|
|
**II**
|
**HOÀN THIỆN CÁC CHÍNH
SÁCH PHÁP LUẬT VỀ KIỂM SOÁT, QUẢN LÝ CHẤT LƯỢNG MÔI TRƯỜNG KHÔNG KHÍ**
|
|
1
|
Xây dựng lộ trình cung ứng nhiên liệu và kiểm
soát chất lượng nhiên liệu
|
- Yêu cầu: Xây dựng lộ trình cung ứng nhiên liệu
đạt chuẩn khí thải phương tiện (Euro 5). Kiểm soát chất lượng nhiên liệu nhập
khẩu và nội địa.
- Sản phẩm: Lộ trình cung ứng nhiên liệu được xây
dựng và ban hành.
|
Bộ Công Thương
|
Các bộ ngành và các địa phương
|
Thực hiện mới
|
Năm 2026
|
I
|
|
2
|
Trình, ban hành Nghị định về xử lý vi phạm hành
chính trong lĩnh vực bảo vệ môi trường
|
- Nghiên cứu, xây dựng bổ sung các quy định xử phạt
ở mức cao đối với các trường hợp cố tình lợi dụng, phát tán chất thải ra môi
trường; trục lợi trong các hoạt động thu gom, vận chuyển, xử lý chất thải
- Sản phẩm: Nghị định quy định về xử phạt vi phạm
hành chính trong lĩnh vực bảo vệ môi trường được ban hành.
|
Bộ Nông nghiệp và Môi trường
|
Các bộ ngành và các địa phương
|
Đang thực hiện
|
Hoàn thành trong quý I năm 2026 và có rà soát, sửa
đổi, bổ sung trong các năm tiếp theo (nếu có)
|
I
|
|
4
|
Nghiên cứu và xây dựng chính sách thuế, phí chính
sách hỗ trợ để khuyến khích phát triển giao thông xanh
|
- Yêu cầu: Đề xuất chính sách ưu đãi thuế, phí
cho hoạt động sản xuất, lắp ráp và nhập khẩu phương tiện, trang thiết bị giao
thông vận tải sử dụng năng lượng sạch, năng lượng xanh, thân thiện môi trường;
chính sách ưu đãi hỗ trợ doanh nghiệp kinh doanh vận tải đầu tư, chuyển đổi
phương tiện sử dụng năng lượng sạch, năng lượng xanh, thân thiện môi trường;
hạ tầng giao thông xanh.
- Sản phẩm: Các chính sách ưu đãi thuế, phí cho
phát triển giao thông xanh được ban hành.
|
Bộ Tài chính
|
- Bộ Công Thương;
- Bộ Xây dựng;
- Ngân hàng Nhà nước Việt Nam;
- Bộ Nông nghiệp và Môi trường.
|
Đang thực hiện
|
Hoàn thành trong năm 2026 và có rà soát, sửa đổi,
bổ sung trong các năm tiếp theo (nếu có)
|
I
|
|
**III**
|
**KIỂM SOÁT, GIẢM THIỂU
NGUỒN PHÁT SINH KHÍ THẢI TỪ HOẠT ĐỘNG CÔNG NGHIỆP**
|
|
2
|
Dự án di dời cơ sở công nghiệp, làng nghề ô nhiễm
ra khỏi khu vực trên địa bàn cấp phường tại Hà Nội, Thành phố Hồ Chí Minh
|
- Nghiên cứu xây dựng (hoặc cập nhật) lộ trình
chi tiết, cơ chế hỗ trợ tài chính (về đất đai, tín dụng, miễn giảm thuế...)
và các chính sách an sinh xã hội (đào tạo lại lao động, hỗ trợ chuyển đổi nghề
nghiệp) cho các cơ sở phải di dời.
Sản phẩm: Kế hoạch triển khai và báo cáo hoạt động
di dời các cơ sở công nghiệp, làng nghề ô nhiễm ra khỏi khu vực địa bàn cấp
phường tại Hà Nội, Thành phố Hồ Chí Minh.
|
UBND thành phố Hà Nội, Thành phố Hồ Chí Minh
|
Các cơ quan liên quan
|
Đang thực hiện
|
2026 - 2030
|
I, II, III, IV
|
`;
const HANOI_310_ANNEX = `**PHỤ LỤC**

NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH PHÁT TRIỂN HẠ TẦNG
5G, IoT TRONG CÁC KHU CÔNG NGHỆ CAO, KHU CÔNG NGHIỆP, CỤM CÔNG NGHIỆP TRÊN ĐỊA
BÀN THÀNH PHỐ HÀ NỘI ĐẾN NĂM 2030

*(Kèm theo Kế hoạch số:
/KH-UBND ngày / /2025 của
UBND thành phố Hà Nội)*

|
**TT**
|
**Nội dung/nhiệm vụ**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian thực hiện**
|
|
1
|
Tổ chức điều chỉnh, bổ sung
quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến
năm 2030
|
Ban Quản lý các khu công nghệ cao và khu công nghiệp
|
Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã
|
Quý III Năm 2026
|
|
2
|
Khảo sát, đánh giá thực trạng
hạ tầng viễn thông, nhu cầu chuyển đổi số doanh nghiệp trong các khu công nghệ
cao, khu công nghiệp, cụm công nghiệp
|
Ban Quản lý các khu công nghệ cao và khu công nghiệp
|
Sở Khoa học và Công nghệ, Sở Công Thương, Các doanh nghiệp viễn thông
|
Quý IV/2025- Quý II/2026
|
|
3
|
Xây dựng kế hoạch đầu tư
công, hợp tác công tư, dự toán kinh phí ngân sách nhà nước đảm bảo thực hiện
các mục tiêu, nhiệm vụ của Kế hoạch này trong phạm vi quản lý theo quy định của
pháp luật
|
Ban Quản lý các khu công nghệ cao và khu công nghiệp
|
Sở Tài chính
|
Thường xuyên
|
|
4
|
Tổ chức triển khai thực hiện
các dự án phát triển hạ tầng có sử dụng vốn Ngân sách nhà nước hoặc theo hình
thức hợp tác công tư (PPP)
|
Ban Quản lý các khu công nghệ cao và khu công nghiệp
|
Các doanh nghiệp đầu tư hạ tầng
|
Thường xuyên
|
|
5
|
Doanh nghiệp, nhà cung cấp
dịch vụ IoT, nhà đầu tư bảo đảm kinh phí thực hiện các mục tiêu, nhiệm vụ, giải
pháp của kế hoạch này do doanh nghiệp triển khai
|
Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư
|
Ban Quản lý các khu công nghệ cao và khu công nghiệp, Sở Khoa học và
Công nghệ, Sở Công Thương
|
Thường xuyên
|
|
6
|
Thực hiện khảo sát, thu nhập
số liệu, công bố kết quả triển khai thực hiện các mục tiêu, nhiệm vụ, giải
pháp phát triển hạ tầng 5G,IoT đặt ra tại Kế hoạch này
|
Ban Quản lý các khu công nghệ cao và khu công nghiệp
|
Sở Khoa học và Công nghệ
|
Hàng năm
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
  return readTaskTables(prepared, annexFrom, '2025');
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
  it('gives the rows under a merged lead cell that lead, numbered under its row, deadlines from "Thời hạn hoàn thành" (Quyết định 2530/QĐ-TTg, Phụ lục I)', () => {
    const [table] = tables(TTG_2530_ANNEXES);
    const first = table.requirements.filter((r) => r.ref.startsWith('PL.A.1.'));
    expect(first.map((r) => r.ref)).toEqual(['PL.A.1.1', 'PL.A.1.2', 'PL.A.1.3', 'PL.A.1.4', 'PL.A.1.5']);
    expect(first.every((r) => r.assignees.join() === 'Bộ Nông nghiệp và Môi trường')).toBe(true);
    // "Ban hành trong quý I năm 2026", "Giai đoạn 2026 - 2027", "Ban hành trong năm 2026"
    expect(first.slice(0, 3).map((r) => r.deadlines.map((d) => d.date))).toEqual([
      ['2026-03-31'],
      ['2027-12-31'],
      ['2026-12-31'],
    ]);
    // "Thực hiện thường xuyên, liên tục": no deadline.
    expect(table.requirements.find((r) => r.ref === 'PL.A.7')!.deadlines).toEqual([]);
    // "E. BỘ Y TẾ" / "| | Bộ Y tế | ...": a row without its number is its part's.
    expect(table.requirements.filter((r) => r.ref.startsWith('PL.E')).map((r) => r.assignees)).toEqual([
      ['Bộ Y tế'],
      ['Bộ Y tế'],
    ]);
  });

  it('reads a second annex whose header follows the first table and its title with one border (Quyết định 2530/QĐ-TTg, Phụ lục II)', () => {
    const [table] = tables(TTG_2530_ANNEXES);
    const second = table.requirements.filter((r) => /^PL\.I{1,3}\./u.test(r.ref));
    expect(second.map((r) => r.ref)).toEqual(['PL.II.1', 'PL.II.2', 'PL.II.4', 'PL.III.2']);
    // "Tên dự án, nhiệm vụ" is the task; "Cơ quan chủ trì[1]" the lead.
    expect(second[0].text).toBe('Xây dựng lộ trình cung ứng nhiên liệu và kiểm soát chất lượng nhiên liệu');
    expect(second[2].assignees).toEqual(['Bộ Tài chính']);
    // "Thời gian thực hiện": "Năm 2026" is no deadline, "Hoàn thành trong quý I năm 2026 ..." is.
    expect(second.map((r) => r.deadlines.map((d) => d.date))).toEqual([[], ['2026-03-31'], ['2026-12-31'], []]);
  });

  it('reads "Nội dung/nhiệm vụ" as the task column (Kế hoạch 310/KH-UBND Hà Nội)', () => {
    const [table] = tables(HANOI_310_ANNEX);
    expect(table.requirements.map((r) => r.ref)).toEqual(['PL.1', 'PL.2', 'PL.3', 'PL.4', 'PL.5', 'PL.6']);
    expect(table.requirements[0].assignees).toEqual(['Ban Quản lý các khu công nghệ cao và khu công nghiệp']);
    // "Thời gian thực hiện: Quý III Năm 2026" is when it runs, not by when.
    expect(table.requirements[0].deadlines).toEqual([]);
  });
  it('ends a table at its last row when a paragraph follows it after one border (Kế hoạch 310/KH-UBND Hà Nội: its table, then its closing paragraph, as in a body)', () => {
    const table = HANOI_310_ANNEX.slice(HANOI_310_ANNEX.indexOf('|\n**TT**'));
    const closing =
      '\n\nỦy ban nhân dân Thành phố\nyêu cầu các Sở, ban, ngành Thành phố, UBND phường, xã và các doanh nghiệp viễn\nthông nghiêm túc triển khai thực hiện; định kỳ trước **ngày 30 tháng 11 hàng\nnăm **báo cáo kết quả thực hiện về UBND Thành phố./.\n\n|\n*Nơi nhận:*\n- Lưu: VT, ĐMPT.\n|';
    const prepared = prepareText(table + closing);
    const [found] = readTaskTables(prepared, Infinity, '2025');
    expect(found.requirements.map((r) => r.ref)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(prepared.slice(found.span.start, found.span.end)).not.toMatch(/nghiêm túc triển khai/u);
  });
  // The cells of Kế hoạch 310/KH-UBND Hà Nội's annex (above), laid out as a markdown page prints a table: one row a line,
  // cells padded to the column's width, or (as the legal-document crawls print them) without the opening bar.
  const CELLS = [
    ['TT', 'Nội dung/nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
    [
      '1',
      'Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030',
      'Ban Quản lý các khu công nghệ cao và khu công nghiệp',
      'Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã',
      'Quý III Năm 2026',
    ],
    [
      '3',
      'Xây dựng kế hoạch đầu tư công, hợp tác công tư, dự toán kinh phí ngân sách nhà nước đảm bảo thực hiện các mục tiêu, nhiệm vụ của Kế hoạch này trong phạm vi quản lý theo quy định của pháp luật',
      'Ban Quản lý các khu công nghệ cao và khu công nghiệp',
      'Sở Tài chính',
      'Thường xuyên',
    ],
  ];

  it('reads markdown rows with padded cells (cells of Kế hoạch 310/KH-UBND Hà Nội)', () => {
    const widths = CELLS[0].map((_, i) => Math.max(...CELLS.map((row) => row[i].length)));
    const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
    const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
    const [table] = tables([line(CELLS[0]), rule, ...CELLS.slice(1).map(line)].join('\n'), Infinity);
    expect(table.requirements.map((r) => [r.ref, r.text, r.assignees])).toEqual([
      ['1', CELLS[1][1], [CELLS[1][2]]],
      ['3', CELLS[2][1], [CELLS[2][2]]],
    ]);
  });

  it('reads rows printed without the opening bar ("1 | ... | Thường xuyên |") (cells of Kế hoạch 310/KH-UBND Hà Nội)', () => {
    const [table] = tables(CELLS.map((row) => `${row.join(' | ')} |`).join('\n'), Infinity);
    expect(table.requirements.map((r) => r.ref)).toEqual(['1', '3']);
    expect(table.requirements[1].deadlines).toEqual([]);
  });
});
