describe('pdf.js under pdf-parse leaves the engine its own Array.prototype.push', () => {
  it('is the same push before and after the PDF library is loaded', async () => {
    const enginePush = Array.prototype.push;
    const { openPdf } = await import('./pdf-pages.js');
    expect(typeof openPdf).toBe('function');
    expect(Array.prototype.push).toBe(enginePush);
    const list: number[] = [];
    expect(list.push(1, 2, 3)).toBe(3);
    expect(list).toEqual([1, 2, 3]);
  });
});
