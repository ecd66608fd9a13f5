import { AreaAccordion } from '../AreaAccordion/AreaAccordion';
import { AreaView } from '../areaViews/buildAreaViews';

/** Every area of the model; which are open is up to the caller. */
export function AreaList(props: {
  views: AreaView[];
  expanded: ReadonlySet<string>;
  onToggle(areaId: string): void;
}) {
  const { views, expanded, onToggle } = props;
  return (
    <div>
      {views.map(view => (
        <AreaAccordion
          key={view.area.id}
          view={view}
          expanded={expanded.has(view.area.id)}
          onToggle={() => onToggle(view.area.id)}
        />
      ))}
    </div>
  );
}
