import { CompetenceRequirement, RequirementVersion } from '../../data/competence-catalogue-api';
import {
  CreateRequirementValue,
  isoDate,
  lastDayBefore,
  latestVersion,
  requirementState,
  termsOf,
  toChangeRequirementInput,
  toCreateRequirementInput,
} from './requirement-form';

function version(validFrom: string, validTo: string | null, minimumLevel = 2): RequirementVersion {
  return {
    id: `v-${validFrom}`,
    validFrom,
    validTo,
    minimumLevel,
    minimumLevelName: 'Kunnskap',
    deadlineMonths: 6,
    renewalMonths: 24,
    isMandatory: true,
  };
}

function requirement(
  versions: RequirementVersion[],
  current: RequirementVersion | null,
): CompetenceRequirement {
  return { versions, current, regionId: null, officeId: null } as unknown as CompetenceRequirement;
}

const base: CreateRequirementValue = {
  jobRoleId: 'role',
  competenceAreaId: 'area',
  scope: 'national',
  regionId: 'region',
  officeId: 'office',
  validFrom: '2026-12-01',
  minimumLevel: 2,
  deadlineMonths: 6,
  renewalMonths: null,
  isMandatory: true,
};

describe('requirement form values', () => {
  it('sends a national requirement with neither region nor office, and no renewal as null', () => {
    expect(toCreateRequirementInput(base)).toEqual({
      jobRoleId: 'role',
      competenceAreaId: 'area',
      regionId: null,
      officeId: null,
      validFrom: '2026-12-01',
      minimumLevel: 2,
      deadlineMonths: 6,
      renewalMonths: null,
      isMandatory: true,
    });
  });

  it("sends only the chosen scope's id", () => {
    const region = toCreateRequirementInput({ ...base, scope: 'region' });
    expect([region.regionId, region.officeId]).toEqual(['region', null]);
    const office = toCreateRequirementInput({ ...base, scope: 'office' });
    expect([office.regionId, office.officeId]).toEqual([null, 'office']);
    const unchosen = toCreateRequirementInput({ ...base, scope: 'office', officeId: '' });
    expect(unchosen.officeId).toBeNull();
  });

  it('sends unchosen selects and an empty date as null, so the server names those fields', () => {
    const input = toCreateRequirementInput({
      ...base,
      jobRoleId: '',
      competenceAreaId: '',
      validFrom: '',
      minimumLevel: null,
      deadlineMonths: null,
    });
    expect(input).toMatchObject({
      jobRoleId: null,
      competenceAreaId: null,
      validFrom: null,
      minimumLevel: null,
      deadlineMonths: null,
    });
  });

  it('sends a new version with its date, terms and the concurrency stamp', () => {
    const input = toChangeRequirementInput(
      {
        validFrom: '2027-01-01',
        minimumLevel: 3,
        deadlineMonths: 0,
        renewalMonths: 36,
        isMandatory: false,
      },
      'stamp-1',
    );
    expect(input).toEqual({
      validFrom: '2027-01-01',
      minimumLevel: 3,
      deadlineMonths: 0,
      renewalMonths: 36,
      isMandatory: false,
      concurrencyStamp: 'stamp-1',
    });
    expect(
      toChangeRequirementInput(
        {
          validFrom: '',
          minimumLevel: 3,
          deadlineMonths: 1,
          renewalMonths: null,
          isMandatory: true,
        },
        's',
      ),
    ).toMatchObject({ validFrom: null, renewalMonths: null });
  });
});

describe('requirement versions', () => {
  it('shows the last day a version applies, the day before its exclusive end', () => {
    expect(lastDayBefore(null)).toBeNull();
    expect(lastDayBefore('2026-03-01')).toBe('2026-02-28');
    expect(lastDayBefore('2024-03-01')).toBe('2024-02-29');
    expect(lastDayBefore('2027-01-01')).toBe('2026-12-31');
  });

  it('writes dates as the API does', () => {
    expect(isoDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('starts a new version from the terms of the version that starts last', () => {
    const old = version('2024-01-01', '2026-12-01', 2);
    const next = version('2026-12-01', null, 3);
    const r = requirement([next, old], old);
    expect(latestVersion(r)).toBe(next);
    expect(termsOf(latestVersion(r))).toEqual({
      minimumLevel: 3,
      deadlineMonths: 6,
      renewalMonths: 24,
      isMandatory: true,
    });
    expect(termsOf(null).isMandatory).toBe(true);
  });

  it('tells whether a requirement is in force, ending, retired or not yet started', () => {
    const today = '2026-11-24';
    const open = version('2024-01-01', null);
    expect(requirementState(requirement([open], open), today)).toEqual({ kind: 'active' });

    const ending = version('2024-01-01', '2027-01-01');
    expect(requirementState(requirement([ending], ending), today)).toEqual({
      kind: 'ending',
      date: '2027-01-01',
    });

    const ended = version('2024-01-01', '2026-01-01');
    expect(requirementState(requirement([ended], null), today)).toEqual({
      kind: 'ended',
      date: '2026-01-01',
    });

    const future = version('2027-02-01', null);
    expect(requirementState(requirement([future], null), today)).toEqual({
      kind: 'upcoming',
      date: '2027-02-01',
    });
  });
});
