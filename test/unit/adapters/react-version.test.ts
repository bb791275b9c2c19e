// Which React the adapter tests ran with: 19 (the root's) in the unit project, 18 in the
// react18 project (vitest.config.ts), so a wrong alias cannot pass for a React 18 run.
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, it } from 'vitest';

it('runs React and React DOM of one major version, the project’s', () => {
  const wanted = process.env.VITEST_PROJECT_REACT ?? '19';
  expect(version.split('.')[0]).toBe(wanted);
  expect(domVersion.split('.')[0]).toBe(wanted);
});
