import { define } from '../define.js';
import { CesSurvey } from './ces-survey.js';

export { CesSurvey };
export type {
  SurveyStep,
  CesScoreDetail,
  CesSubmitDetail,
  CesSubmittedDetail,
  CesDismissDetail,
  CesErrorDetail,
} from './ces-survey.js';

define('ces-survey', CesSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'ces-survey': CesSurvey;
  }
}
