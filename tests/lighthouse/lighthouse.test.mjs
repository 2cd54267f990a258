// Lighthouse on the served release build, in headless Debian Chromium: every audited page must
// score 100 in accessibility and best practices and at least 95 in SEO. Performance depends on
// how busy the machine is, so it is printed, never asserted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { audit, formatScores } from './audit.mjs';

const DIST = resolve(process.env.SIGNPOST_DIST ?? join(import.meta.dirname, '../../dist'));
const MINIMUM = { accessibility: 100, 'best-practices': 100, seo: 95 };

test('accessibility 100, best practices 100 and SEO at least 95 on every audited page', async () => {
  const results = await audit(DIST);
  console.log(formatScores(results));
  const shortfalls = results.flatMap(({ path, scores, lost }) =>
    Object.entries(MINIMUM)
      .filter(([category, minimum]) => scores[category] < minimum)
      .map(([category, minimum]) => `${path}: ${category} ${scores[category]} < ${minimum} (lost: ${lost.join('; ')})`),
  );
  assert.deepEqual(shortfalls, []);
});
