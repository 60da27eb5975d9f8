import type { SignatureVerdict } from './pdf-signature.js';

const TRUST_REASONS: Record<string, [string, string]> = {
  SELF_SIGNED: ['chứng thư số tự ký, không do tổ chức chứng thực tin cậy cấp', 'a self-signed certificate'],
  UNKNOWN_ISSUER: ['chứng thư số không do tổ chức chứng thực tin cậy cấp', 'not issued by a trusted authority'],
  NOT_VALID_AT_SIGNING: [
    'chứng thư số không còn hiệu lực tại thời điểm ký',
    'the certificate was not valid when it signed',
  ],
  KEY_USAGE: ['chứng thư số không được phép dùng để ký văn bản', 'the certificate may not sign documents'],
  CHAIN_INVALID: ['chuỗi chứng thư số không hợp lệ', 'the certificate chain is invalid'],
};

/** One sentence on the verdict for the reader: integrity first, then whether the signer is trusted and why not. */
export function summarise(verdict: SignatureVerdict): { summary: string; summaryEn: string } {
  if (!verdict.valid)
    return {
      summary: 'Chữ ký không hợp lệ: văn bản đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng.',
      summaryEn: 'The signature is not valid: the document was changed after signing or the signature is broken.',
    };
  if (verdict.trust.trusted)
    return {
      summary: 'Chữ ký hợp lệ; người ký được xác thực bởi tổ chức chứng thực tin cậy.',
      summaryEn: 'Valid signature; the signer is certified by a trusted authority.',
    };
  const [vi, en] = TRUST_REASONS[verdict.trust.reason];
  return {
    summary: `Chữ ký hợp lệ (văn bản không bị thay đổi), nhưng chưa xác thực được người ký: ${vi}.`,
    summaryEn: `Valid signature (the document is unchanged), but the signer is not trusted: ${en}.`,
  };
}
