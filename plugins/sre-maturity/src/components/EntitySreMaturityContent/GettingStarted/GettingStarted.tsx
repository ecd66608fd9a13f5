import { EmptyState } from '@backstage/core-components';
import Button from '@material-ui/core/Button';

/** Shown until the first answer is recorded: how to begin. */
export function GettingStarted(props: { canEdit: boolean; onStart(): void }) {
  const { canEdit, onStart } = props;
  return (
    <EmptyState
      missing="info"
      title="Not assessed yet"
      description={
        <>
          No one has recorded answers for this entity. Open an area below,
          record each criterion as met, not met or not applicable, and save them
          together. Evidence in <code>catalog-info.yaml</code> counts on its
          own: see "Improve it from the catalog".
          {!canEdit && ' Ask one of the owners to record the answers.'}
        </>
      }
      action={
        canEdit ? (
          <Button variant="contained" color="primary" onClick={onStart}>
            Start with the first area
          </Button>
        ) : undefined
      }
    />
  );
}
