using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;
using NavLederprogram.Validation;

namespace NavLederprogram.Programmes;

public sealed class EnrolmentAppService(
    IProgrammeRepository programmes,
    IEnrolmentRepository enrolments,
    IPersonDirectory people,
    IOrganisationQueries organisation,
    EnrolmentManager manager,
    ProgrammeAccess access,
    TimeProvider clock,
    Data.IUnitOfWork unitOfWork) : IEnrolmentAppService
{
    public async Task<IReadOnlyList<EnrolmentDto>> GetForCohortAsync(Guid cohortId, CancellationToken ct)
    {
        var cohort = await access.FindVisibleCohortAsync(cohortId, ct);
        var all = await enrolments.GetForCohortAsync(cohort.Id, ct);
        // Admins see everyone; a coordinator the people in their scope; a facilitator the participants of their cohort.
        var scope = await access.GetScopeAsync(ct);
        var isFacilitator = cohort.FacilitatorUserIds.Contains(access.UserId ?? Guid.Empty);
        if (!scope.IsNational && !isFacilitator)
        {
            var visible = await VisiblePeopleAsync(all.Select(e => e.PersonId).ToList(), scope, ct);
            all = all.Where(e => visible.Contains(e.PersonId)).ToList();
        }
        return await ToDtosAsync(cohort, all, await enrolments.GetForCohortAsync(cohort.Id, ct), ct);
    }

    public async Task<EnrolmentDto> ApplyAsync(Guid cohortId, CancellationToken ct)
    {
        var cohort = await access.FindVisibleCohortAsync(cohortId, ct);
        var me = await access.GetMeOrThrowAsync(ct);
        var enrolment = await manager.RequestAsync(cohort, me.Id, EnrolmentSource.Application, null, Now, OsloTime.Today(clock), ct);
        return await ToDtoAsync(cohort, enrolment, ct);
    }

    public async Task<EnrolmentDto> NominateAsync(Guid cohortId, NominateInput input, CancellationToken ct)
    {
        var cohort = await access.FindVisibleCohortAsync(cohortId, ct);
        new InputValidator().Require("personId", input.PersonId).ThrowIfInvalid();
        var person = await people.FindAsync(input.PersonId!.Value, ct);
        if (person is null) new InputValidator().Add("personId", InputValidator.Unknown).ThrowIfInvalid();
        // Coordinators nominate leaders in their own region or municipality only.
        if (!(await access.GetScopeAsync(ct)).CoversOffice(person!.OfficeId))
            throw new BusinessException(NavLederprogramErrorCodes.NominationOutsideScope) { Field = "personId" };
        var enrolment = await manager.RequestAsync(cohort, person.Id, EnrolmentSource.Nomination, await access.GetActorAsync(ct), Now, OsloTime.Today(clock), ct);
        return await ToDtoAsync(cohort, enrolment, ct);
    }

    public async Task<PagedResult<NomineeDto>> GetNomineesAsync(Guid cohortId, PagedQuery query, CancellationToken ct)
    {
        var cohort = await access.FindVisibleCohortAsync(cohortId, ct);
        var leaderRoles = await manager.LeaderRoleIdsAsync(ct);
        var page = await people.GetPageAsync(query.ToPageRequest(), await access.GetScopeAsync(ct), leaderRoles.ToList(), ct);
        var standings = await manager.StandingsAsync(page.Items.Select(p => p.Id).ToList(), ct);
        var officeNames = await organisation.GetOfficeNamesAsync(page.Items.Select(p => p.OfficeId).Distinct().ToList(), ct);
        var roles = (await organisation.GetJobRolesAsync(ct)).ToDictionary(r => r.Id);
        return new PagedResult<NomineeDto>(page.TotalCount, page.Items.Select(p =>
        {
            var standing = standings[p.Id];
            var role = p.JobRoles.Where(r => leaderRoles.Contains(r.JobRoleId)).Select(r => roles[r.JobRoleId]).OrderBy(r => r.SortOrder).First();
            var refusal = EnrolmentEligibility.Refusal(true, standing, cohort.Id);
            return new NomineeDto(p.Id, p.FullName, officeNames.GetValueOrDefault(p.OfficeId) ?? "", LocalizationTexts.Get(role.NameKey),
                standing.Standing, LocalizationTexts.EnumText(standing.Standing), standing.CohortId, standing.CohortName,
                standing.CohortId == cohort.Id, refusal is null, refusal is null ? null : LocalizationTexts.Get(refusal.Code, null, refusal.MessageArguments));
        }).ToList());
    }

    public async Task<EnrolmentDto> ApproveAsync(Guid enrolmentId, CancellationToken ct)
    {
        var (cohort, enrolment) = await FindManagedAsync(enrolmentId, ct);
        await manager.ApproveAsync(cohort, enrolment, await access.GetActorAsync(ct), Now, ct);
        return await ToDtoAsync(cohort, enrolment, ct);
    }

    public async Task<EnrolmentDto> RejectAsync(Guid enrolmentId, DecideEnrolmentInput input, CancellationToken ct)
    {
        var (cohort, enrolment) = await FindManagedAsync(enrolmentId, ct);
        ValidateReason(input);
        enrolment.Reject(input.Reason, await access.GetActorAsync(ct), Now);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(cohort, enrolment, ct);
    }

    public async Task<EnrolmentDto> WithdrawAsync(Guid enrolmentId, DecideEnrolmentInput input, CancellationToken ct)
    {
        var enrolment = await enrolments.FindAsync(enrolmentId, ct) ?? throw new EntityNotFoundException(typeof(Enrolment), enrolmentId);
        var me = await access.GetMeAsync(ct);
        // The participant withdraws themselves; otherwise it takes the right to manage enrolments.
        if (me?.Id != enrolment.PersonId) (_, enrolment) = await FindManagedAsync(enrolmentId, ct);
        var cohort = await access.FindVisibleCohortAsync(enrolment.CohortId, ct);
        ValidateReason(input);
        await manager.WithdrawAsync(cohort, enrolment, input.Reason, await access.GetActorAsync(ct), Now, ct);
        return await ToDtoAsync(cohort, enrolment, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static void ValidateReason(DecideEnrolmentInput input)
    {
        if (input.Reason?.Length > ProgrammeConsts.MaxTextLength) new InputValidator().Add("reason", InputValidator.MaxLength, ProgrammeConsts.MaxTextLength).ThrowIfInvalid();
    }

    private async Task<(Cohort, Enrolment)> FindManagedAsync(Guid enrolmentId, CancellationToken ct)
    {
        var enrolment = await enrolments.FindAsync(enrolmentId, ct);
        if (enrolment is null || !await access.HasAsync(NavLederprogramPermissions.Cohorts.ManageEnrolments, ct)) throw new EntityNotFoundException(typeof(Enrolment), enrolmentId);
        return (await access.FindVisibleCohortAsync(enrolment.CohortId, ct), enrolment);
    }

    private async Task<HashSet<Guid>> VisiblePeopleAsync(IReadOnlyList<Guid> personIds, AccessScope scope, CancellationToken ct)
    {
        return (await people.GetListAsync(personIds, ct)).Where(p => scope.CoversOffice(p.OfficeId)).Select(p => p.Id).ToHashSet();
    }

    private async Task<EnrolmentDto> ToDtoAsync(Cohort cohort, Enrolment enrolment, CancellationToken ct) =>
        (await ToDtosAsync(cohort, [enrolment], await enrolments.GetForCohortAsync(cohort.Id, ct), ct))[0];

    private async Task<IReadOnlyList<EnrolmentDto>> ToDtosAsync(Cohort cohort, IReadOnlyList<Enrolment> list, IReadOnlyList<Enrolment> all, CancellationToken ct)
    {
        var version = await programmes.FindVersionAsync(cohort.ProgrammeVersionId, ct);
        var moduleCount = version?.Modules.Count ?? 0;
        var waitlist = all.Where(e => e.Status == EnrolmentStatus.Waitlisted).OrderBy(e => e.PlacementNumber).Select((e, i) => (e.Id, Position: i + 1)).ToDictionary(x => x.Id, x => x.Position);
        var persons = (await people.GetListAsync(list.Select(e => e.PersonId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var officeNames = await organisation.GetOfficeNamesAsync(persons.Values.Select(p => p.OfficeId).Distinct().ToList(), ct);
        return list.Select(e =>
        {
            var person = persons.GetValueOrDefault(e.PersonId);
            return new EnrolmentDto
            {
                Id = e.Id,
                CohortId = e.CohortId,
                PersonId = e.PersonId,
                PersonName = person?.FullName ?? "",
                OfficeName = person is null ? "" : officeNames.GetValueOrDefault(person.OfficeId) ?? "",
                Status = e.Status,
                StatusName = CohortMapping.EnrolmentStatusName(e.Status),
                Source = e.Source,
                SourceName = LocalizationTexts.EnumText(e.Source),
                NominatedBy = e.NominatedBy?.Name,
                RequestedAt = e.RequestedAt,
                PlacementNumber = e.PlacementNumber,
                WaitlistPosition = waitlist.TryGetValue(e.Id, out var position) ? position : null,
                Reason = e.Reason,
                ModulesCompleted = e.Modules.Count(m => m.CompletedOn is not null),
                ModuleCount = moduleCount,
                CompletedOn = e.CompletedOn,
            };
        }).ToList();
    }
}
