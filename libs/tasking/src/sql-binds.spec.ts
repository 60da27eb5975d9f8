import { withoutUnusedBinds } from './sql-binds.js';

describe('withoutUnusedBinds', () => {
  it('drops the values no placeholder uses and renumbers the rest in order', () => {
    expect(withoutUnusedBinds('a = $1 AND b = $3 OR c = $3 AND d = $12', [...'abcdefghijkl'])).toEqual([
      'a = $1 AND b = $2 OR c = $2 AND d = $3',
      ['a', 'c', 'l'],
    ]);
  });
});
