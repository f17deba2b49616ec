// Every story of stories/ces-survey.stories.ts, rendered and checked in each host page (see harness.ts).
import * as stories from '../../stories/ces-survey.stories.js';
import { storyTests } from './harness.js';

storyTests(stories);
