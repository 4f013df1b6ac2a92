import { describe, expect, it } from 'vitest';
import { bodyForms, headlineCase, isAllCaps } from '../../../src/core/ingest/headline-case.js';

describe('a headline a wire wrote in capitals is shown in title case', () => {
  it.each([
    ['BAHIA COCOA REVIEW', [], 'Bahia Cocoa Review'],
    ['CHINESE BANKS TO ISSUE MORE BONDS, OFFICIAL SAYS', [], 'Chinese Banks to Issue More Bonds, Official Says'],
    ['GM TO CUT U.S. OUTPUT OF CARS', [], 'GM to Cut U.S. Output of Cars'],
    ['NATIONAL AMUSEMENTS AGAIN UPS VIACOM <VIA> BID', [], 'National Amusements Again Ups Viacom <VIA> Bid'],
    ['U.S. DECLINES COMMENT ON SCHLUMBERGER<SLB> MOVE', [], 'U.S. Declines Comment on Schlumberger<SLB> Move'],
    ['WASTE MANAGEMENT<WMX> TO RAISE CHEMLAWN<CHEM>BID', [], 'Waste Management<WMX> to Raise Chemlawn<CHEM>Bid'],
    ['KANEB SERVICES INC <KAB> 4TH QTR LOSS', [], 'Kaneb Services Inc <KAB> 4th Qtr Loss'],
    ["MOODY'S MAY DOWNGRADE U.S.-JAPAN TRADE-LINKED DEBT", [], "Moody's May Downgrade U.S.-Japan Trade-Linked Debt"],
    ['MAKES 12.5 MLN DLR US PURCHASE', [], 'Makes 12.5 Mln Dlr US Purchase'],
    ['WHAT TO LOOK FOR', [], 'What to Look For'],
    ['RENAULT AND AM GENERAL DELAY PACT, IT SAYS', [], 'Renault and AM General Delay Pact, It Says'],
    // The body decides: a word it writes in capitals stays so, one with inner capitals keeps them.
    ['CHRYSLER SAYS AMC BUYOUT ON TRACK', ['Chrysler Corp said its buyout of American Motors Corp (AMC) was on track.'], 'Chrysler Says AMC Buyout on Track'],
    ["OPEC MEETS AS MCDONALD'S EXPANDS", ["OPEC ministers met while McDonald's opened stores."], "OPEC Meets as McDonald's Expands"],
    ['SALES RISE 5 PCT', ['Sales rose 5 pct in March.'], 'Sales Rise 5 Pct'],
  ] as const)('%s', (headline, body, expected) => {
    expect(headlineCase(headline, bodyForms(body))).toBe(expected);
  });

  it('leaves a headline with any lower-case letter as written', () => {
    expect(headlineCase('As tensions rise, Sessions plans to stay')).toBe('As tensions rise, Sessions plans to stay');
    expect(isAllCaps('IBM <IBM> says it has a plan')).toBe(false);
    expect(isAllCaps('<ibm> 1987')).toBe(false);
  });

  it('learns nothing from a body sentence in capitals (a second headline, a sign-off)', () => {
    expect(headlineCase('STRIKE TALKS POSTPONED', bodyForms(['STRIKE TALKS POSTPONED', 'Talks were put off.']))).toBe('Strike Talks Postponed');
  });
});
