import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { AppError } from '@congvan/common';
import { documentFontPaths, loadDocumentFonts } from './document-fonts.js';
import { DOCUMENT_SYSTEMS, REPLY_DOCUMENT_KINDS } from './reply-document-model.js';
import { sampleReplyModel } from './sample-models.js';
import { createTemplateRenderer } from './template-renderer.js';
import { validateTemplate } from './validate-template.js';

const templatesDir = new URL('../../../templates', import.meta.url);
const renderer = createTemplateRenderer({ templatesDir });
const partials = { partials: renderer.partialNames };

function codeOf(work: () => unknown): string | null {
  try {
    work();
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
}

describe('validateTemplate', () => {
  it('accepts every shipped template and partial', () => {
    expect(renderer.templateNames).toEqual(
      expect.arrayContaining(REPLY_DOCUMENT_KINDS.flatMap((k) => DOCUMENT_SYSTEMS.map((s) => `${k}.${s}`))),
    );
    expect(renderer.partialNames).toEqual(
      expect.arrayContaining(['header-state', 'header-party', 'signer', 'distribution', 'footer', 'body']),
    );
  });
  it('rejects triple-stash and {{& }} output', () => {
    expect(codeOf(() => validateTemplate('<p>{{{subject}}}</p>', partials))).toBe('TEMPLATE_INVALID');
    expect(codeOf(() => validateTemplate('<p>{{& subject}}</p>', partials))).toBe('TEMPLATE_INVALID');
  });
  it('rejects unknown helpers, also inside sub-expressions', () => {
    expect(codeOf(() => validateTemplate('{{shout subject}}', partials))).toBe('TEMPLATE_INVALID');
    expect(codeOf(() => validateTemplate('{{#if (shout subject)}}x{{/if}}', partials))).toBe('TEMPLATE_INVALID');
  });
  it('rejects unknown, dynamic and inline partials', () => {
    expect(codeOf(() => validateTemplate('{{> nope}}', partials))).toBe('TEMPLATE_INVALID');
    expect(codeOf(() => validateTemplate('{{> (lookup . "x")}}', partials))).toBe('TEMPLATE_INVALID');
    expect(codeOf(() => validateTemplate('{{#*inline "x"}}y{{/inline}}', partials))).toBe('TEMPLATE_INVALID');
  });
  it('rejects templates that do not parse, with a bilingual message', () => {
    try {
      validateTemplate('{{#if subject}}unclosed', partials);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      const appError = error as AppError;
      expect(appError.httpStatus).toBe(422);
      expect(appError.messageVi).toMatch(/^Mẫu văn bản không hợp lệ/);
      expect(appError.messageEn).toMatch(/^Invalid template/);
    }
  });
  it('accepts a user template built from our helpers and partials', () => {
    expect(
      codeOf(() =>
        validateTemplate(
          '{{> header-state}}<p>{{citation citation}}</p>{{#each body}}{{text}}{{/each}}{{> footer}}',
          partials,
        ),
      ),
    ).toBeNull();
  });
});

describe('renderHtml', () => {
  it.each(REPLY_DOCUMENT_KINDS.flatMap((k) => DOCUMENT_SYSTEMS.map((s) => [k, s] as const)))(
    'renders %s in the %s format as a complete A4 page',
    (kind, system) => {
      const html = renderer.renderHtml(sampleReplyModel(kind, system));
      expect(html).toMatch(/^<!DOCTYPE html>/);
      expect(html).toContain('<html lang="vi">');
      expect(html).toContain('size: A4');
      expect(html).toContain("font-family: 'Document Serif', 'Times New Roman', serif");
      expect(html).toMatch(
        /@font-face\{font-family:'Document Serif';font-weight:bold;font-style:italic;src:url\(data:font\/ttf;base64,/,
      );
      expect(html).not.toMatch(/font-family:\s*['"]?Times['"]?\s*[,;]/);
      expect(html).toContain('Nơi nhận:');
      expect(html).toContain(system === 'state' ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'ĐẢNG CỘNG SẢN VIỆT NAM');
      expect(html).toContain('Mỹ Đức, ngày 14 tháng 8 năm 2024');
      expect(html).toContain(system === 'state' ? 'Số:' : 'Số ');
      expect(html).toContain(
        kind === 'reminder'
          ? 'ban hành Công văn số 1100-CV/HU về việc'
          : 'Thực hiện Công văn số 1100-CV/HU ngày 05/8/2024',
      );
    },
  );
  it('escapes model text: a <script> in the subject is printed, not run', () => {
    const model = { ...sampleReplyModel('unit_report', 'state'), subject: '<script>alert(1)</script> & "x"' };
    const html = renderer.renderHtml(model);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
  it('writes the state number line with a colon and the party one with a hyphen', () => {
    expect(renderer.renderHtml(sampleReplyModel('unit_report', 'state'))).toContain('Số: 12/BC-PNV');
    expect(renderer.renderHtml(sampleReplyModel('summary_report', 'party'))).toContain('Số 12-BC/HU');
  });
  it('counts results in digits and words in the summary', () => {
    const html = renderer.renderHtml(sampleReplyModel('summary_report', 'state'));
    expect(html).toContain(
      'Tổng số đơn vị được giao: 04 (bốn); đã báo cáo đúng hạn: 02 (hai); báo cáo chậm: 01 (một); chưa báo cáo: 01 (một).',
    );
    expect(html).toContain('<table class="results">');
  });
  it('normalises decomposed (NFD) text to NFC', () => {
    const model = { ...sampleReplyModel('reminder', 'party'), place: 'Mỹ Đức'.normalize('NFD') };
    expect(renderer.renderHtml(model)).toContain('Mỹ Đức, ngày 14');
  });
  it('renders a valid user template and refuses an invalid one', () => {
    const model = sampleReplyModel('reminder', 'state');
    expect(renderer.renderCustomHtml('<p>{{upper subject}}</p>', model)).toContain('<p>ĐÔN ĐỐC BÁO CÁO');
    expect(codeOf(() => renderer.renderCustomHtml('<p>{{{subject}}}</p>', model))).toBe('TEMPLATE_INVALID');
  });
  it('refuses an unknown kind or system', () => {
    const model = { ...sampleReplyModel('reminder', 'state'), system: 'army' } as never;
    expect(codeOf(() => renderer.renderHtml(model))).toBe('RENDER_FAILED');
  });
});

describe('check', () => {
  it('answers 422 MODEL_NOT_RENDERABLE, naming the cause, for a model its template cannot render', () => {
    const { citation: _citation, ...withoutCitation } = sampleReplyModel('unit_report', 'state');
    try {
      renderer.check(withoutCitation as never);
      throw new Error('checked');
    } catch (error) {
      expect(error).toMatchObject({ code: 'MODEL_NOT_RENDERABLE', httpStatus: 422 });
      expect((error as AppError).messageEn).toContain("reading 'kind'");
    }
  });

  it('leaves a bad user template to TEMPLATE_INVALID', () => {
    expect(codeOf(() => renderer.check(sampleReplyModel('reminder', 'party'), '{{{subject}}}'))).toBe(
      'TEMPLATE_INVALID',
    );
  });
});

describe('fonts', () => {
  it('embeds the four Tinos faces from npm by default', () => {
    const html = renderer.renderHtml(sampleReplyModel('reminder', 'state'));
    expect(html.match(/@font-face\{font-family:'Document Serif'/g)).toHaveLength(4);
  });

  it('takes a configured folder of Liberation Serif (or Tinos) files instead', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fonts-'));
    try {
      const bundled = documentFontPaths();
      ['Regular', 'Bold', 'Italic', 'BoldItalic'].forEach((face, i) =>
        copyFileSync(bundled[i], join(dir, `LiberationSerif-${face}.ttf`)),
      );
      expect(loadDocumentFonts(dir).map((font) => basename(font.path))).toEqual([
        'LiberationSerif-Regular.ttf',
        'LiberationSerif-Bold.ttf',
        'LiberationSerif-Italic.ttf',
        'LiberationSerif-BoldItalic.ttf',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks a model without reading any font; the page itself says FONT_MISSING (503), not 500', () => {
    const noFonts = createTemplateRenderer({ templatesDir, fontDir: '/nonexistent/fonts' });
    const model = sampleReplyModel('unit_report', 'party');
    expect(() => noFonts.check(model)).not.toThrow();
    expect(codeOf(() => noFonts.check({ ...model, kind: 'memo' as never }))).toBe('MODEL_NOT_RENDERABLE');
    try {
      noFonts.renderHtml(model);
      throw new Error('rendered without fonts');
    } catch (error) {
      expect(error).toMatchObject({ code: 'FONT_MISSING', httpStatus: 503 });
      expect((error as AppError).messageEn).toContain('/nonexistent/fonts');
    }
  });
});
