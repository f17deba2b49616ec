// Every story of stories/churn-trend.stories.ts, rendered and checked in each host page (see harness.ts).
import * as stories from '../../stories/churn-trend.stories.js';
import { storyTests } from './harness.js';

storyTests(stories);
