import { appointForm, candidateName, toAppointment } from './supervisor-form';

describe('toAppointment', () => {
  it('sends what was chosen, and null for what was not', () => {
    const form = appointForm();
    form.patchValue({ regionId: 'r1', capacity: 3, officeIds: ['o1', 'o2'] });
    expect(toAppointment(form.getRawValue())).toEqual({
      regionId: 'r1',
      personId: null,
      capacity: 3,
      officeIds: ['o1', 'o2'],
    });
  });

  it('sends an emptied capacity as null, for the server to name the field', () => {
    const form = appointForm();
    form.patchValue({ capacity: null });
    expect(toAppointment(form.getRawValue()).capacity).toBeNull();
  });
});

describe('candidateName', () => {
  const candidate = {
    personId: 'p1',
    name: 'Kjell Kollega',
    officeName: 'NAV Malvik',
    holdsCompetence: true,
    isSupervisor: false,
  };

  it('names the office, and warns of a missing competence or an appointment already made', () => {
    expect(candidateName(candidate, 'lacks', 'appointed')).toBe('Kjell Kollega (NAV Malvik)');
    expect(candidateName({ ...candidate, holdsCompetence: false }, 'lacks', 'appointed')).toBe(
      'Kjell Kollega (NAV Malvik) – lacks',
    );
    expect(candidateName({ ...candidate, isSupervisor: true }, 'lacks', 'appointed')).toBe(
      'Kjell Kollega (NAV Malvik) – appointed',
    );
  });
});
