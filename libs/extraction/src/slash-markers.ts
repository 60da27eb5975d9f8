/**
 * "a/ Báo cáo số Trung tâm ...", "b/ Đối với kinh phí điều trị - điều dưỡng:": many ministries letter their items with a
 * slash. They read as "a)", "b)" (same length, so every span still points at the source).
 */
const SLASH_LETTER = /^([ \t]*[a-zđ])\/(?=[ \t]+\p{Lu})/gmu;

export function slashMarkers(text: string): string {
  return text.replace(SLASH_LETTER, '$1)');
}
