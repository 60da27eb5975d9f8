import { AppError, isAppError } from './app-error.js';

describe('AppError', () => {
  it('renders both messages and the code in its body', () => {
    const error = new AppError(
      'UNSUPPORTED_FILE_TYPE',
      415,
      'Định dạng tệp không được hỗ trợ.',
      'Unsupported file type.',
      { mime: 'x' },
    );
    expect(error.toBody()).toEqual({
      code: 'UNSUPPORTED_FILE_TYPE',
      message: 'Định dạng tệp không được hỗ trợ.',
      messageEn: 'Unsupported file type.',
      details: { mime: 'x' },
    });
    expect(isAppError(error)).toBe(true);
    expect(isAppError(new Error('x'))).toBe(false);
  });
});
