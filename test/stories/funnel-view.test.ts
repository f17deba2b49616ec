// Every story of stories/funnel-view.stories.ts, rendered and checked in each host page (see harness.ts).
import * as stories from '../../stories/funnel-view.stories.js';
import { storyTests } from './harness.js';

storyTests(stories);
