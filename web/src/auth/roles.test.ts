import { describe, expect, it } from 'vitest';
import { decodeJwtPayload, sessionUserFrom } from './claims';
import { mayUse, primaryRole } from './roles';

function jwt(payload: object) {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.signature`;
}

describe('the signed-in user', () => {
  it('is read from the access token’s claims, unknown realm roles left out', () => {
    const claims = decodeJwtPayload(
      jwt({
        preferred_username: 'ent01',
        name: '刘湘云',
        realm_access: { roles: ['enterprise', 'offline_access', 'default-roles-sanpin'] },
        credit_code: '91430104MA4L1X7K0X',
        region_code: '430104',
        unit_name: '湖南湘韵食品有限公司',
      }),
    );
    expect(sessionUserFrom(claims)).toEqual({
      username: 'ent01',
      displayName: '刘湘云',
      roles: ['enterprise'],
      unitName: '湖南湘韵食品有限公司',
      regionCode: '430104',
      creditCode: '91430104MA4L1X7K0X',
    });
  });

  it('is named by username when the token has no name', () => {
    expect(sessionUserFrom({ preferred_username: 'sysadmin', name: ' ' }).displayName).toBe('sysadmin');
  });
});

describe('roles', () => {
  it('show the most responsible one first', () => {
    expect(primaryRole(['expert', 'city-officer'])).toBe('city-officer');
    expect(primaryRole([])).toBeUndefined();
  });

  it('open what names one of them, and what names none', () => {
    expect(mayUse(['county-officer'], ['county-officer', 'city-officer'])).toBe(true);
    expect(mayUse(['enterprise'], ['province-officer'])).toBe(false);
    expect(mayUse(['enterprise'], undefined)).toBe(true);
  });
});
