// Every story of stories/breakdown-bars.stories.ts, rendered and checked in each host page (see harness.ts).
import * as stories from '../../stories/breakdown-bars.stories.js';
import { storyTests } from './harness.js';

storyTests(stories);
