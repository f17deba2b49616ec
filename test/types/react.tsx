// React 19 JSX with every element, through `crm-widgets/react` (dist/types/jsx.d.ts).
import type {} from 'crm-widgets/react';
import { useRef } from 'react';
import type { NpsGauge, NpsScoreDetail } from 'crm-widgets';

export function Dashboard({ onScore }: { onScore: (score: number | null) => void }) {
  const gauge = useRef<NpsGauge>(null);
  return (
    <>
      <nps-gauge
        data={{ promoters: 50, passives: 30, detractors: 20, target: 40 }}
        label="NPS"
        min-responses={10}
        theme="dark"
        oncrm-data={(e) => e.detail.data.target}
        oncrm-error={(e) => console.warn(e.detail.kind, e.detail.field)}
      />
      <funnel-view
        data={[
          { label: 'Visits', value: 1000 },
          { label: 'Leads', value: 120 },
        ]}
        orientation="horizontal"
        export
        oncrm-export={(e) => e.detail.format === 'csv' && e.detail.blob.size}
        onfunnel-stage-select={(e) => e.detail.index}
      />
      <churn-trend data={{ points: [{ date: '2024-01-01', rate: 0.02 }] }} metric="both" lang="fa" />
      <breakdown-bars
        data={{ items: [{ label: 'Web', value: 5 }] }}
        max-bars={5}
        onbreakdown-select={(e) => e.detail.label}
        oncrm-data={(e) => e.detail.data.items.length}
      />
      <nps-gauge ref={gauge} key="ref" className="wide" scores="10,9,7,3" />
      <kpi-card metric="roi" data={{ gain: 3, cost: 1 }} due-for-renewal="40" />
      <kpi-card metric="cac" previous={298} target="PT4H" />
      <nps-survey
        brand="Acme"
        action="/api/nps"
        onnps-score={(e: CustomEvent<NpsScoreDetail>) => onScore(e.detail.score)}
        onnps-submit={(e) => e.preventDefault()}
        oncrm-error={(e) => e.detail.queued}
      />
      <csat-survey appearance="stars" oncsat-score={(e) => e.detail.category} />
      <ces-survey onces-dismiss={(e) => e.detail.answered} />
      <nps-gauge
        ref={(el: NpsGauge | null) => void el?.toPNG({ scale: 3 }).then((png) => png.size)}
        style={{ '--crm-color-promoter': 'green' }}
        src="/api/nps"
        refresh={60}
      />
    </>
  );
}

export const wrong = (
  <>
    {/* @ts-expect-error React 19 listens to `nps-score` with `onnps-score`: `onNpsScore` would never fire. */}
    <nps-survey onNpsScore={() => {}} />
    {/* @ts-expect-error A count is a number. */}
    <nps-gauge data={{ promoters: 'many' }} />
    {/* @ts-expect-error Funnel stages have a label and a value. */}
    <funnel-view data={[{ name: 'Visits' }]} />
    {/* @ts-expect-error The detail of `nps-score` has no `value`. */}
    <nps-survey onnps-score={(e) => e.detail.value} />
    {/* @ts-expect-error `theme` is light or dark. */}
    <kpi-card theme="blue" />
    {/* @ts-expect-error An export is png, svg or csv. */}
    <churn-trend export oncrm-export={(e) => e.detail.format === 'pdf'} />
  </>
);
