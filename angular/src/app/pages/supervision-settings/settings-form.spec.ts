import { SettingsForm } from './settings-form';

describe('SettingsForm', () => {
  it('shows the saved settings and sends them back as they were', () => {
    const model = new SettingsForm();
    model.patch({
      supervisorAreaId: 'area1',
      supervisorMinimumLevel: 3,
      participationGrants: [
        { competenceAreaId: 'area1', competenceAreaName: 'Veiledning', level: 1, validMonths: 36 },
      ],
      meetingsForEvidence: 4,
      evidencePeriodMonths: 12,
    });
    expect(model.grants.rows().length).toBe(1);
    expect(model.toInput()).toEqual({
      supervisorAreaId: 'area1',
      supervisorMinimumLevel: 3,
      participationGrants: [{ competenceAreaId: 'area1', level: 1, validMonths: 36 }],
      meetingsForEvidence: 4,
      evidencePeriodMonths: 12,
    });
  });

  it('sends no competence as null, an empty validity as never expiring, and typed numbers as numbers', () => {
    const model = new SettingsForm();
    model.grants.add();
    model.grants.rows()[0].patchValue({ level: 2, validMonths: '' });
    model.form.patchValue({ meetingsForEvidence: '6', evidencePeriodMonths: '9' });
    const input = model.toInput();
    expect(input.supervisorAreaId).toBeNull();
    expect(input.participationGrants).toEqual([
      { competenceAreaId: null, level: 2, validMonths: null },
    ]);
    expect([input.meetingsForEvidence, input.evidencePeriodMonths]).toEqual([6, 9]);
  });
});
