import type {
  DocumentSystem,
  ReplyDocumentKind,
  ReplyDocumentModel,
  ReplyIssuer,
  ReplySigner,
} from './reply-document-model.js';

/**
 * A realistic model per kind and system, drawn from the Mỹ Đức directive (Công văn số
 * 1100-CV/HU). Used to try user templates before accepting them, for previews and for the bench.
 */
const CITATION = {
  kind: 'Công văn',
  number: '1100',
  symbol: 'CV/HU',
  date: '2024-08-05',
  issuer: 'Ban Thường vụ Huyện ủy Mỹ Đức',
  subject:
    'rà soát thay đổi mật khẩu tài khoản quản trị và tài khoản người dùng phần mềm Đánh giá CBCCVC, LĐHĐ hằng tháng',
  deadline: '2024-08-08',
};

const ISSUERS: Record<DocumentSystem, { unit: ReplyIssuer; head: ReplyIssuer }> = {
  state: {
    unit: { parent: 'UBND HUYỆN MỸ ĐỨC', name: 'PHÒNG NỘI VỤ', nameInText: 'Phòng Nội vụ huyện Mỹ Đức' },
    head: { parent: null, name: 'ỦY BAN NHÂN DÂN\nHUYỆN MỸ ĐỨC', nameInText: 'Ủy ban nhân dân huyện Mỹ Đức' },
  },
  party: {
    unit: { parent: 'ĐẢNG BỘ HUYỆN MỸ ĐỨC', name: 'ĐẢNG ỦY XÃ PHÙ LƯU', nameInText: 'Đảng ủy xã Phù Lưu' },
    head: { parent: 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI', name: 'HUYỆN ỦY MỸ ĐỨC', nameInText: 'Ban Thường vụ Huyện ủy Mỹ Đức' },
  },
};

const SIGNERS: Record<DocumentSystem, { unit: ReplySigner; head: ReplySigner }> = {
  state: {
    unit: {
      authority: 'KT.',
      body: null,
      title: 'TRƯỞNG PHÒNG',
      deputyTitle: 'PHÓ TRƯỞNG PHÒNG',
      name: 'Nguyễn Thị Giang',
    },
    head: {
      authority: 'TM.',
      body: 'ỦY BAN NHÂN DÂN',
      title: 'CHỦ TỊCH',
      deputyTitle: 'PHÓ CHỦ TỊCH',
      name: 'Nguyễn Văn An',
    },
  },
  party: {
    unit: { authority: 'T/M', body: 'ĐẢNG ỦY', title: 'BÍ THƯ', name: 'Trần Văn Bình' },
    head: { authority: 'T/M', body: 'BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: 'Đỗ Trung Hai' },
  },
};

const SYMBOLS: Record<ReplyDocumentKind, Record<DocumentSystem, string>> = {
  unit_report: { state: 'BC-PNV', party: 'BC/ĐU' },
  summary_report: { state: 'BC-UBND', party: 'BC/HU' },
  reminder: { state: 'UBND-NV', party: 'CV/HU' },
};

function body(kind: ReplyDocumentKind): ReplyDocumentModel['body'] {
  if (kind === 'unit_report') {
    return [
      {
        kind: 'paragraph',
        heading: '1. Công tác chỉ đạo, triển khai',
        text: 'Ngay sau khi nhận được văn bản, đơn vị đã quán triệt đến toàn thể cán bộ, công chức, viên chức và người lao động; phân công cán bộ phụ trách tài khoản quản trị phần mềm.',
      },
      {
        kind: 'items',
        heading: '2. Kết quả thực hiện',
        style: 'dash',
        items: [
          'Đã thay đổi mật khẩu 21/21 tài khoản người dùng và 01 tài khoản quản trị (đạt 100%).',
          'Mật khẩu mới có ít nhất 12 ký tự, gồm chữ viết hoa, chữ số và ký tự đặc biệt.',
        ],
      },
    ];
  }
  if (kind === 'summary_report') {
    return [
      {
        kind: 'results',
        heading: 'Kết quả báo cáo của các đơn vị',
        rows: [
          { unit: 'Đảng ủy xã Phù Lưu', status: 'done', reportedAt: '2024-08-07' },
          { unit: 'Phòng Nội vụ huyện', status: 'done', reportedAt: '2024-08-08' },
          { unit: 'Trường THCS Đại Nghĩa', status: 'late', reportedAt: '2024-08-12' },
          { unit: 'Đảng ủy Khối doanh nghiệp', status: 'not_reported', reportedAt: null },
        ],
      },
    ];
  }
  return [
    {
      kind: 'items',
      style: 'dash',
      items: ['Đề nghị báo cáo rõ số tài khoản đã thay đổi mật khẩu và số tài khoản chưa thay đổi, lý do.'],
    },
  ];
}

export function sampleReplyModel(kind: ReplyDocumentKind, system: DocumentSystem): ReplyDocumentModel {
  const byHead = kind !== 'unit_report';
  return {
    system,
    kind,
    issuer: byHead ? ISSUERS[system].head : ISSUERS[system].unit,
    number: kind === 'reminder' ? null : 12,
    symbol: SYMBOLS[kind][system],
    place: 'Mỹ Đức',
    date: '2024-08-14',
    subject:
      kind === 'reminder'
        ? 'đôn đốc báo cáo kết quả rà soát thay đổi mật khẩu tài khoản phần mềm'
        : `${kind === 'summary_report' ? 'Tổng hợp kết quả' : 'Kết quả'} rà soát thay đổi mật khẩu tài khoản quản trị và tài khoản người dùng`,
    recipients:
      kind === 'reminder'
        ? ['Trường THCS Đại Nghĩa', 'Đảng ủy Khối doanh nghiệp']
        : ['Ban Thường vụ Huyện ủy Mỹ Đức (qua Ban Tổ chức Huyện ủy)'],
    citation: CITATION,
    body: body(kind),
    distribution: byHead
      ? ['Như trên', 'Thường trực Huyện ủy (để b/c)', system === 'party' ? 'Lưu VPHU' : 'Lưu: VT, NV']
      : ['Như trên', system === 'party' ? 'Lưu VP' : 'Lưu: VT, PNV'],
    signer: byHead ? SIGNERS[system].head : SIGNERS[system].unit,
    deadline: kind === 'reminder' ? '2024-08-16' : null,
  };
}
