import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import {
  CriterionResult,
  isHttpUrl,
} from '@sre-maturity/backstage-plugin-common';
import { formatDate, formatUser, STATUS_TITLES } from '../../shared/format';
import { EvidenceItem } from '../EvidenceItem/EvidenceItem';
import { UnreadableNote } from '../UnreadableNote/UnreadableNote';

/**
 * Where a criterion's status comes from: the team's answer, evidence from
 * the catalog or the repository (shown also when an answer decides), a
 * source that could not be read, or nothing yet.
 */
export function CriterionOrigin(props: { result: CriterionResult }) {
  const {
    answer,
    evidence,
    origin,
    stale,
    expired,
    unreadable = [],
  } = props.result;
  return (
    <>
      {answer && (
        <Typography variant="body2" component="div">
          {expired ? (
            <>
              The "{STATUS_TITLES[answer.status]}" answer by{' '}
              <span title={answer.answeredBy}>
                {formatUser(answer.answeredBy)}
              </span>{' '}
              expired on {formatDate(answer.expiresAt!)}.
            </>
          ) : (
            <>
              {STATUS_TITLES[answer.status]}, answered by{' '}
              <span title={answer.answeredBy}>
                {formatUser(answer.answeredBy)}
              </span>{' '}
              on {formatDate(answer.answeredAt)}
              {answer.expiresAt && `, until ${formatDate(answer.expiresAt)}`}.
              {stale && ' Due for re-assessment.'}
            </>
          )}
          {answer.reason && <div>Reason: {answer.reason}</div>}
          {answer.note && <div>Note: {answer.note}</div>}
          {answer.evidenceUrl && isHttpUrl(answer.evidenceUrl) && (
            <div>
              <Link to={answer.evidenceUrl}>Evidence</Link>
            </div>
          )}
        </Typography>
      )}
      {evidence.map(item => (
        <EvidenceItem
          key={`${item.provider}:${item.key}:${item.value}`}
          item={item}
          decides={origin === 'catalog'}
        />
      ))}
      {unreadable.map(source => (
        <UnreadableNote
          key={`${source.provider}:${source.source}`}
          source={source}
        />
      ))}
      {!answer && !evidence.length && !unreadable.length && (
        <Typography variant="body2" color="textSecondary">
          No answer or evidence yet.
        </Typography>
      )}
    </>
  );
}
