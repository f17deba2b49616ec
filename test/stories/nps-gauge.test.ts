// Every story of stories/nps-gauge.stories.ts, rendered and checked in each host page (see harness.ts).
import * as stories from '../../stories/nps-gauge.stories.js';
import { storyTests } from './harness.js';

storyTests(stories);
