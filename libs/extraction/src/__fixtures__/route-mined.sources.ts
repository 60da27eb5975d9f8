/**
 * Published directives outside samples/corpus that route-mined*.spec.ts quote, checked against samples/corpus/index.md
 * (none is a corpus document). tnt305 = github.com/tnt305/tai_lieu_noi_bo at 56eff108, src/etl/dataset/<file>.md, a
 * crawl of the thuvienphapluat.vn page whose id is given; CongBot = github.com/TuanHuu168/CongBot.
 */
export const MINED_SOURCES = {
  bvhttdl6386: 'Công văn 6386/BVHTTDL-KHCNĐTMT, 25/11/2025 (tnt305 f0a3d9f100d0791b, page 682359)',
  bvhttdl6316: 'Công văn 6316/BVHTTDL-VP, 21/11/2025 (tnt305 77bf894e2b13c72c, page 681869)',
  bvhttdl6278: 'Công văn 6278/BVHTTDL-VP, 20/11/2025 (tnt305 7f6efa59099bb33b, page 681591)',
  bvhttdl6225: 'Công văn 6225/BVHTTDL-VP, 18/11/2025 (tnt305 987cadc82373c854, page 682088)',
  cd219: 'Công điện 219/CĐ-TTg, 17/11/2025 (tnt305 3143124c69d932d4, page 681321)',
  cd225: 'Công điện 225/CĐ-TTg, 2025 (tnt305 ac3686f6b1d64932, page 681634)',
  snv10283: 'Công văn 10283/SNV-LĐTLBHXH of Sở Nội vụ TP. Hồ Chí Minh, 2025 (tnt305 d604b4df6300560b, page 682939)',
  hn6357: 'Công văn 6357/UBND-NC of UBND TP. Hà Nội, 2025 (tnt305 070712cd976e7f9a, page 682764)',
  hn6397: 'Công văn 6397/UBND-KT of UBND TP. Hà Nội, 2025 (tnt305 88b7667d728aef13, page 682931)',
  hn6356: 'Công văn 6356/UBND-NNMT of UBND TP. Hà Nội, 2025 (tnt305 b5734329c729abb9, page 682765)',
  hcm4169: 'Công văn 4169/UBND-VX of UBND TP. Hồ Chí Minh, 2025 (tnt305 511e7283656cde8f, page 682795)',
  bkhcn7197: 'Công văn 7197/BKHCN-CĐSQG, 2025 (tnt305 04a1d4cd730e7afe, page 682950)',
  bcd171: 'Công văn 171/CV-BCĐ, 21/11/2025 (tnt305 65c9ecb9e2fa82c1, page 681680)',
  bcd174: 'Công văn 174/CV-BCĐ, 02/12/2025 (tnt305 e42103d7f815212d, page 682899)',
  dongthap556: 'Kế hoạch 556/KH-UBND of UBND tỉnh Đồng Tháp, 2025 (tnt305 bffd9da6f0d38031, page 681495)',
  ls5609: 'Công văn 5609/LS-XNC of Cục Lãnh sự, 2025 (tnt305 ce52cc3a1def51f6, page 682271)',
  btgdv40: 'Hướng dẫn 40-HD/BTGDVTW, 27/11/2025 (tnt305 aa9bb8226e3d4c71, page 682787)',
  hcm49: 'Quy chế kèm Quyết định 49/2012/QĐ-UBND of UBND TP. Hồ Chí Minh (CongBot Data/file_data_1.md, page 150280)',
  ct31: 'Chỉ thị 31/2012/CT-TTg (CongBot data/31_2012_CT_TTg/chunk_2.md)',
  hn310: 'Kế hoạch 310/KH-UBND of UBND TP. Hà Nội, 2025 (tnt305 31786b0833a4130d, page 682065)',
  hn308: 'Kế hoạch 308/KH-UBND of UBND TP. Hà Nội, 2025 (tnt305 8e9a425dd83e56b3, page 681504)',
  dongthap552: 'Kế hoạch 552/KH-UBND of UBND tỉnh Đồng Tháp, 19/11/2025 (tnt305 192068354fd1ffe5, page 681433)',
  btc17809: 'Công văn 17809/BTC-CTK, 17/11/2025 (tnt305 2d737276bf416017, page 681626)',
  btc17899: 'Công văn 17899/BTC-VP, 18/11/2025 (tnt305 6a58c855aa6d465c, page 681722)',
  nghean980: 'Kế hoạch 980/KH-UBND of UBND tỉnh Nghệ An, 18/11/2025 (tnt305 c5d930a5fc8373cd, page 682491)',
  bct9634: 'Công văn 9634/BCT-TTTN, 2025 (tnt305 4276ec4c940451d6, page 682926)',
  ct5526: 'Công văn 5526/CT-CS of Cục Thuế, 25/11/2025 (tnt305 c3581fb6fc76bf57, page 682038)',
  ct5435: 'Công văn 5435/CT-NVT of Cục Thuế, 21/11/2025 (tnt305 4d24ae4c15cb673c, page 682884)',
  nghean987: 'Kế hoạch 987/KH-UBND of UBND tỉnh Nghệ An, 2025 (tnt305 ceb89a53c7b93f00, page 681659)',
} as const;

export type MinedSource = keyof typeof MINED_SOURCES;
