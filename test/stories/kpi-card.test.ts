// Every story of stories/kpi-card.stories.ts, rendered and checked in each host page (see harness.ts).
import * as stories from '../../stories/kpi-card.stories.js';
import { storyTests } from './harness.js';

storyTests(stories);
