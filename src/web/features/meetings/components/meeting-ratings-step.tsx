import type { InstrumentDto } from '../../../../shared/api/instruments.responses';
import type { RatedAreaDto } from '../../../../shared/api/meetings.responses';
import { ChoiceGroup } from '../../../ui/fields/choice-group';
import { RatingScaleGroup } from '../../../ui/fields/rating-scale-group';

const YES_NO = ['yes', 'no'] as const;
const YES_NO_LABELS = { yes: 'Yes', no: 'No' } as const;

interface MeetingRatingsStepProps {
  areas: RatedAreaDto[];
  instrument: InstrumentDto;
  ratings: Record<string, number>;
  moreHelp: Record<string, 'yes' | 'no'>;
  onRate: (areaId: string, value: number) => void;
  onMoreHelp: (areaId: string, value: 'yes' | 'no') => void;
}

/** The person rates each area of life and of their treatment, grouped as the instrument groups them. */
export function MeetingRatingsStep({
  areas,
  instrument,
  ratings,
  moreHelp,
  onRate,
  onMoreHelp,
}: MeetingRatingsStepProps) {
  const groups = [...new Set(areas.map((a) => a.groupId))];
  return (
    <>
      <p>This part is for you to fill in. For each area, choose how satisfied you are at the moment, from 1 to 7.</p>
      {groups.map((groupId) => {
        const inGroup = areas.filter((a) => a.groupId === groupId);
        return (
          <div key={groupId} className="meeting-group">
            <h3>{inGroup[0]?.groupLabel}</h3>
            {inGroup.map((area) => {
              const item = instrument.items.find((i) => i.id === area.id);
              const scale = instrument.scales.find((s) => s.id === item?.scaleId);
              if (!item || !scale || scale.kind !== 'likert') return null;
              return (
                <div key={area.id} className="card meeting-rating">
                  <RatingScaleGroup
                    legend={area.label}
                    hint={item.text}
                    name={`rating-${area.id}`}
                    min={scale.min}
                    max={scale.max}
                    anchors={scale.anchors}
                    value={ratings[area.id] ?? null}
                    onChange={(value) => onRate(area.id, value)}
                  />
                  {area.moreHelpItemId && (
                    <ChoiceGroup
                      legend={`${area.label}: do you want more help with this?`}
                      name={`more-help-${area.id}`}
                      options={YES_NO}
                      labels={YES_NO_LABELS}
                      value={moreHelp[area.id] ?? null}
                      onChange={(value) => onMoreHelp(area.id, value)}
                    />
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
    </>
  );
}
