import { useApi } from '@backstage/core-plugin-api';
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Grid,
  makeStyles,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import Alert from '@material-ui/lab/Alert';
import {
  Area,
  MATURITY_LEVEL_TITLES,
} from '@sre-maturity/backstage-plugin-common';
import { useState } from 'react';
import { Campaign, RevisionConflictError, sreMaturityApiRef } from '../../api';
import { errorMessage } from '../shared/errorMessage';
import { CampaignForm, fromForm, TARGET_PHASES, toForm } from './campaignForm';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(2) },
  alert: { marginBottom: theme.spacing(2) },
}));

const FILTER_FIELDS = [
  ['owners', 'Owners', 'Groups, e.g. payments or group:default/payments'],
  ['systems', 'Systems', 'e.g. checkout'],
  ['kinds', 'Kinds', 'e.g. Component'],
  ['types', 'Types', 'e.g. service, website'],
  ['lifecycles', 'Lifecycles', 'e.g. production'],
  ['tiers', 'Tiers', 'Values of sre-maturity.io/tier, e.g. 1'],
  ['tags', 'Tags', 'e.g. java'],
] as const;

/**
 * Creates a campaign, or edits a stored one: what it covers, its target,
 * its dates and who runs it. A change someone saved first is shown, with
 * the choice to load it or to save over it.
 */
export function CampaignDialog(props: {
  /** The campaign to edit; a new one without. */
  campaign?: Campaign;
  areas: Area[];
  onClose: () => void;
  onSaved: (campaign: Campaign) => void;
}) {
  const { campaign, areas, onClose, onSaved } = props;
  const classes = useStyles();
  const api = useApi(sreMaturityApiRef);
  const [form, setForm] = useState<CampaignForm>(() =>
    toForm(campaign, new Date()),
  );
  // The revision the next save is based on.
  const [base, setBase] = useState(campaign);
  const [conflict, setConflict] = useState<Campaign>();
  const [error, setError] = useState<Error>();
  const [saving, setSaving] = useState(false);

  const change = (changes: Partial<CampaignForm>) =>
    setForm(current => ({ ...current, ...changes }));

  const save = async (revision = base?.revision) => {
    setSaving(true);
    setError(undefined);
    setConflict(undefined);
    try {
      const input = fromForm(form);
      const saved =
        base && revision !== undefined
          ? await api.updateCampaign(base.id, { revision, campaign: input })
          : await api.createCampaign(input);
      onSaved(saved);
      onClose();
    } catch (e) {
      if (RevisionConflictError.is<Campaign>(e)) {
        setConflict(e.current);
      } else {
        setError(e as Error);
      }
    } finally {
      setSaving(false);
    }
  };

  const text = (
    field: keyof CampaignForm,
    label: string,
    extra: Partial<Parameters<typeof TextField>[0]> = {},
  ) => (
    <TextField
      id={`sre-maturity-campaign-${field}`}
      fullWidth
      margin="dense"
      label={label}
      value={form[field] as string}
      onChange={e => change({ [field]: e.target.value })}
      {...extra}
    />
  );

  const phaseSelect = (
    id: string,
    label: string,
    value: string,
    onChange: (value: string) => void,
  ) => (
    <TextField
      id={`sre-maturity-campaign-target-${id}`}
      select
      fullWidth
      margin="dense"
      label={label}
      value={value}
      onChange={e => onChange(e.target.value)}
    >
      <MenuItem value="">No target</MenuItem>
      {TARGET_PHASES.map(phase => (
        <MenuItem key={phase} value={phase}>
          {MATURITY_LEVEL_TITLES[phase]}
        </MenuItem>
      ))}
    </TextField>
  );

  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth="md"
      fullWidth
      aria-labelledby="sre-maturity-campaign-dialog-title"
    >
      <DialogTitle id="sre-maturity-campaign-dialog-title">
        {campaign ? 'Edit campaign' : 'New campaign'}
      </DialogTitle>
      <DialogContent>
        {conflict && (
          <Alert
            severity="warning"
            className={classes.alert}
            action={
              <>
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    setForm(toForm(conflict, new Date()));
                    setBase(conflict);
                    setConflict(undefined);
                  }}
                >
                  Load their version
                </Button>
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    setBase(conflict);
                    save(conflict.revision);
                  }}
                >
                  Save mine over it
                </Button>
              </>
            }
          >
            Someone else changed this campaign while you edited it; it is now at
            revision {conflict.revision}. Nothing of yours was saved.
          </Alert>
        )}
        {error && (
          <Alert severity="error" className={classes.alert}>
            {errorMessage(error)}
          </Alert>
        )}
        {text('title', 'Title', { required: true, autoFocus: true })}
        {text('description', 'Description', { multiline: true, minRows: 2 })}
        <Typography variant="subtitle2" className={classes.section}>
          Covers
        </Typography>
        <Typography variant="body2" color="textSecondary">
          The entities on the scorecard that match every field filled in;
          separate several values with commas.
        </Typography>
        <Grid container spacing={2}>
          {FILTER_FIELDS.map(([field, label, helperText]) => (
            <Grid item xs={12} sm={6} key={field}>
              {text(field, label, { helperText })}
              {field === 'owners' && (
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={form.includeSubgroups}
                      onChange={(_e, includeSubgroups) =>
                        change({ includeSubgroups })
                      }
                    />
                  }
                  label="Include sub-groups"
                />
              )}
            </Grid>
          ))}
        </Grid>
        <Typography variant="subtitle2" className={classes.section}>
          Target
        </Typography>
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6} md={3}>
            {phaseSelect('overall', 'Overall', form.overall, overall =>
              change({ overall: overall as CampaignForm['overall'] }),
            )}
          </Grid>
          {areas.map(area => (
            <Grid item xs={12} sm={6} md={3} key={area.id}>
              {phaseSelect(
                `area-${area.id}`,
                area.title,
                form.areas[area.id] ?? '',
                phase =>
                  change({
                    areas: {
                      ...form.areas,
                      [area.id]: phase as CampaignForm['overall'],
                    },
                  }),
              )}
            </Grid>
          ))}
        </Grid>
        {text('criteria', 'Named criteria', {
          helperText:
            'Criterion ids to meet, e.g. on-call.walk.escalation-path',
        })}
        <Typography variant="subtitle2" className={classes.section}>
          Dates and people
        </Typography>
        <Grid container spacing={2}>
          <Grid item xs={12} sm={6}>
            {text('startsOn', 'Starts on', {
              type: 'date',
              required: true,
              InputLabelProps: { shrink: true },
            })}
          </Grid>
          <Grid item xs={12} sm={6}>
            {text('deadline', 'Deadline', {
              type: 'date',
              required: true,
              InputLabelProps: { shrink: true },
            })}
          </Grid>
        </Grid>
        {text('managers', 'Managers', {
          helperText: 'Users or groups who run it, e.g. sre-lead',
        })}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          disabled={saving || !form.title.trim() || !form.deadline}
          onClick={() => save()}
        >
          {campaign ? 'Save' : 'Create campaign'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
