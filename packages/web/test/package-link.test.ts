import { describe, expect, it } from 'vitest';
import { downloadPagePath, packageLinkToken } from '../src/center/package-link.ts';

const TOKEN = 'aB3_-'.repeat(8) + 'xyz';

describe('the pasted download link', () => {
  it('yields the token from the mailed link, the older API link or the bare token', () => {
    expect(packageLinkToken(`https://privacy.example.com/privacy/download#ref=R-AAAAA-BBBBB&token=${TOKEN}`)).toBe(TOKEN);
    expect(packageLinkToken(`  https://privacy.example.com/v1/requests/R-AAAAA-BBBBB/package?token=${TOKEN}\n`)).toBe(TOKEN);
    expect(packageLinkToken(TOKEN)).toBe(TOKEN);
  });

  it('refuses what holds no token, or one that cannot be ours', () => {
    expect(packageLinkToken('')).toBeNull();
    expect(packageLinkToken('https://privacy.example.com/privacy/download#ref=R-AAAAA-BBBBB')).toBeNull();
    expect(packageLinkToken('https://privacy.example.com/privacy/download#token=short')).toBeNull();
    expect(packageLinkToken('not a link at all')).toBeNull();
  });

  it('builds the page path with the token in the fragment', () => {
    expect(downloadPagePath('R-AAAAA-BBBBB', TOKEN)).toBe(`/privacy/download#ref=R-AAAAA-BBBBB&token=${TOKEN}`);
  });
});
