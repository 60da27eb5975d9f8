// The contract: a copy of shared/contracts/directive.schema.json (JSON Schema 2020-12), as a module so
// that it travels with the compiled code.
export const DIRECTIVE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'congvan/directive.schema.json',
  title: 'Directive',
  description:
    'What the extractor reads out of one incoming Vietnamese administrative document (state format per Nghị định 30/2020/NĐ-CP, or Party format per Hướng dẫn 36-HD/VPTW). Text values keep Vietnamese diacritics, Unicode NFC, single spaces, no trailing punctuation. A value that the document does not carry is null (or an empty array), never a guess.',
  type: 'object',
  required: [
    'system',
    'docType',
    'issuer',
    'number',
    'symbol',
    'place',
    'date',
    'subject',
    'recipients',
    'references',
    'requirements',
    'deadlines',
    'distribution',
    'signer',
  ],
  properties: {
    system: {
      description:
        "state: Quốc hiệu 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' header (NĐ 30/2020). party: 'ĐẢNG CỘNG SẢN VIỆT NAM' header (HD 36-HD/VPTW).",
      enum: ['state', 'party'],
    },
    docType: {
      description:
        "Document type by its Vietnamese name: Công văn, Kế hoạch, Thông báo, Quyết định, Chỉ thị, Báo cáo, Hướng dẫn, Tờ trình, Giấy mời, ... A công văn has no type line: it is recognised by its 'V/v' subject and a symbol without a type abbreviation (state) or the 'CV' abbreviation (party).",
      type: 'string',
    },
    issuer: {
      type: 'object',
      required: ['parent', 'name'],
      properties: {
        parent: {
          description:
            "Cơ quan chủ quản / cấp trên line when printed above the issuer (e.g. 'ĐẢNG BỘ THÀNH PHỐ HÀ NỘI'), else null.",
          type: ['string', 'null'],
        },
        name: {
          description:
            "The issuing body as one name, upper case as printed, lines joined (e.g. 'ỦY BAN NHÂN DÂN QUẬN ĐỐNG ĐA', 'HUYỆN ỦY MỸ ĐỨC').",
          type: 'string',
        },
      },
    },
    number: {
      description: "The 'Số' part (e.g. '4135'); null when left blank for the clerk to fill.",
      type: ['string', 'null'],
    },
    symbol: {
      description: "The ký hiệu after the number (e.g. 'UBND-NV', 'CV/HU').",
      type: ['string', 'null'],
    },
    place: {
      description: "Địa danh before ', ngày' (e.g. 'Đống Đa').",
      type: ['string', 'null'],
    },
    date: {
      description:
        'Date of issue: YYYY-MM-DD; YYYY-MM when the day is left blank; YYYY when only the year is printed; null when absent.',
      type: ['string', 'null'],
      pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
    },
    subject: {
      description:
        "Trích yếu. For a công văn the whole 'V/v ...' line(s) without the 'V/v' prefix; for other types the line under the type name.",
      type: ['string', 'null'],
    },
    recipients: {
      description:
        "The 'Kính gửi' entries, one per dash/line as printed, without the leading dash and trailing ';' or ','.",
      type: 'array',
      items: {
        type: 'string',
      },
    },
    references: {
      description:
        "Every other document the text cites by number: the ones it implements ('Thực hiện ...', 'Căn cứ ...') and the ones cited inside the body.",
      type: 'array',
      items: {
        type: 'object',
        required: ['kind', 'number', 'symbol', 'date', 'issuer', 'role'],
        properties: {
          kind: {
            description: 'Công văn, Quyết định, Nghị định, Kế hoạch, ...',
            type: ['string', 'null'],
          },
          number: {
            type: 'string',
          },
          symbol: {
            type: ['string', 'null'],
          },
          date: {
            type: ['string', 'null'],
            pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
          },
          issuer: {
            type: ['string', 'null'],
          },
          role: {
            enum: ['basis', 'cited'],
          },
        },
      },
    },
    requirements: {
      description:
        'The things the recipients must do, in document order. A numbered section that holds several dash items gives one requirement per item.',
      type: 'array',
      items: {
        type: 'object',
        required: ['ref', 'text', 'deadlines', 'assignees', 'reportTo'],
        properties: {
          ref: {
            description: "Where it stands: '1', '2', '1.3' (third dash item of section 1).",
            type: 'string',
          },
          text: {
            description: "The requirement's sentence(s), normalised.",
            type: 'string',
          },
          deadlines: {
            type: 'array',
            items: {
              $ref: '#/$defs/deadline',
            },
          },
          assignees: {
            description: 'Recipient groups that must do it, as written; empty means every recipient.',
            type: 'array',
            items: {
              type: 'string',
            },
          },
          reportTo: {
            description: 'Where results go, with the groups each route is for (empty forGroups: everyone).',
            type: 'array',
            items: {
              type: 'object',
              required: ['target', 'forGroups'],
              properties: {
                target: {
                  description:
                    "e.g. 'UBND quận (qua phòng Nội vụ)', 'đồng chí Lê Thị Lư, chuyên viên Ban Tổ chức Huyện ủy', an e-mail address.",
                  type: 'string',
                },
                forGroups: {
                  type: 'array',
                  items: {
                    type: 'string',
                  },
                },
              },
            },
          },
        },
      },
    },
    deadlines: {
      description: "Every deadline in the document, in order of appearance (the union of the requirements' deadlines).",
      type: 'array',
      items: {
        $ref: '#/$defs/deadline',
      },
    },
    distribution: {
      description: "The 'Nơi nhận' entries, one per line, without the leading dash and trailing ';' or '.'.",
      type: 'array',
      items: {
        type: 'string',
      },
    },
    signer: {
      type: 'object',
      required: ['authority', 'body', 'title', 'name'],
      properties: {
        authority: {
          description:
            "Thẩm quyền prefix as printed, normalised: 'TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'T/M', 'K/T', 'T/L' ... or null.",
          type: ['string', 'null'],
        },
        body: {
          description: "The collective after the prefix (e.g. 'ỦY BAN NHÂN DÂN', 'BAN THƯỜNG VỤ').",
          type: ['string', 'null'],
        },
        title: {
          description: "Chức vụ of the signer (e.g. 'CHỦ TỊCH', 'PHÓ BÍ THƯ THƯỜNG TRỰC').",
          type: ['string', 'null'],
        },
        name: {
          type: ['string', 'null'],
        },
      },
    },
  },
  $defs: {
    deadline: {
      type: 'object',
      required: ['kind', 'text'],
      properties: {
        kind: {
          enum: ['absolute', 'recurring', 'relative'],
        },
        date: {
          description: 'absolute: the last day (YYYY-MM-DD) by which it must be done.',
          type: 'string',
          pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        },
        rrule: {
          description:
            "recurring: an RFC 5545 RRULE, e.g. 'FREQ=MONTHLY;INTERVAL=3' for '03 tháng/lần', 'FREQ=MONTHLY;BYMONTHDAY=29' for 'trước ngày 29 hằng tháng'.",
          type: 'string',
        },
        offset: {
          description: "relative: an ISO 8601 duration after the anchor, e.g. 'P7D' for 'trong vòng 07 ngày'.",
          type: 'string',
        },
        anchor: {
          description: "relative: what the offset counts from, e.g. 'receipt', 'issue'.",
          type: 'string',
        },
        text: {
          description: 'The phrase that states it, as it stands in the text.',
          type: 'string',
        },
      },
    },
  },
} as const;
