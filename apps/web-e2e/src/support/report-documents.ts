import type { ReportData } from '@gongkai/disclosure-domain';
import {
  completeApplications,
  completeReviews,
} from '@gongkai/disclosure-domain/testing';

/** Not a department of the demo city 示例市: submitting creates it. */
export const NEW_AGENCY = '清远市民政局';

/**
 * A consistent 2020 (G1) report with numbers unlikely to occur by chance:
 * 行政许可 decisions 180 and 37 applications received (R1: 32 concluded + 6 carried
 * forward − 1 carried in). The 科研机构 column is published blank, as many reports do.
 */
export function distinctiveReport(agency = NEW_AGENCY): ReportData {
  const values: ReportData['values'] = {
    'proactive.rules.newlyMade': 0,
    'proactive.rules.newlyPublished': 0,
    'proactive.rules.totalPublished': 0,
    'proactive.normativeDocs.newlyMade': 2,
    'proactive.normativeDocs.newlyPublished': 2,
    'proactive.normativeDocs.totalPublished': 19,
    'proactive.licensing.previousItems': 152,
    'proactive.licensing.itemChange': 28,
    'proactive.licensing.decisions': 180,
    'proactive.otherServices.previousItems': 397,
    'proactive.otherServices.itemChange': -7,
    'proactive.otherServices.decisions': 1523,
    'proactive.penalty.previousItems': 3,
    'proactive.penalty.itemChange': 1,
    'proactive.penalty.decisions': 11,
    'proactive.coercion.previousItems': 0,
    'proactive.coercion.itemChange': 0,
    'proactive.coercion.decisions': 0,
    'proactive.fees.previousItems': 0,
    'proactive.fees.itemChange': 0,
    'proactive.procurement.projects': 9,
    'proactive.procurement.amountWan': 20.27,
  };
  completeApplications(
    'G1',
    {
      results: {
        granted: [12, 2, 0, 0, 1, 0],
        partlyGranted: [3, 0, 0, 0, 0, 0],
        unavailableNotHeld: [6, 1, 0, 0, 0, 0],
        notProcessedComplaint: [2, 0, 0, 0, 0, 0],
        otherHandling: [4, 0, 0, 0, 0, 1],
      },
      carriedIn: [1, 0, 0, 0, 0, 0],
      carriedForward: [5, 1, 0, 0, 0, 0],
    },
    values,
  );
  for (const id of Object.keys(values)) {
    if (/^applications\.[^.]+\.research$/.test(id)) values[id] = null;
  }
  completeReviews(
    {
      review: [2, 1, 0, 0],
      litigationDirect: [1, 0, 0, 1],
      litigationAfterReview: [0, 0, 0, 0],
    },
    values,
  );
  return { year: 2020, agency, generation: 'G1', values };
}
