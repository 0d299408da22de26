import { backTarget } from './back-target';

const OP = '/operations/3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';
const PROJECT = '11111111-2222-4333-8444-555555555555';

describe('backTarget', () => {
  it('goes back in history when the previous entry was the list', () => {
    expect(backTarget({ pathname: OP, previousPathname: `/projects/${PROJECT}/operations`, projectId: PROJECT })).toEqual({
      kind: 'history',
    });
  });

  it('opens the project list when the operation was opened directly or from elsewhere', () => {
    const url = `/projects/${PROJECT}/operations`;
    expect(backTarget({ pathname: OP, previousPathname: undefined, projectId: PROJECT })).toEqual({ kind: 'url', url });
    expect(backTarget({ pathname: OP, previousPathname: '/operations/other', projectId: PROJECT })).toEqual({ kind: 'url', url });
  });

  it('falls back to home without a known project, and does nothing off a detail page', () => {
    expect(backTarget({ pathname: OP, previousPathname: undefined, projectId: undefined })).toEqual({ kind: 'url', url: '/' });
    expect(backTarget({ pathname: `/projects/${PROJECT}/operations`, previousPathname: OP, projectId: PROJECT })).toBeNull();
  });
});
