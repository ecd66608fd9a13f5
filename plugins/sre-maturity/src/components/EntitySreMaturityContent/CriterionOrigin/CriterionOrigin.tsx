import { Link } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import {
  CriterionResult,
  isHttpUrl,
} from '@sre-maturity/backstage-plugin-common';
import { formatDate, formatUser, STATUS_TITLES } from '../../shared/format';

/**
 * Where a criterion's status comes from: the team's answer, evidence in the
 * catalog (shown also when an answer decides), or nothing yet.
 */
export function CriterionOrigin(props: { result: CriterionResult }) {
  const { answer, evidence, origin, stale, expired } = props.result;
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
        <Typography
          key={`${item.provider}:${item.key}:${item.value}`}
          variant="body2"
          component="div"
        >
          {origin === 'catalog' ? 'Met from the catalog' : 'In the catalog'}:{' '}
          <code>{item.key}</code> ={' '}
          {item.url ? <Link to={item.url}>{item.value}</Link> : item.value}
        </Typography>
      ))}
      {!answer && !evidence.length && (
        <Typography variant="body2" color="textSecondary">
          No answer or catalog evidence yet.
        </Typography>
      )}
    </>
  );
}
