using NavLederprogram.Data;
using NavLederprogram.Entities;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Permissions;
using NavLederprogram.Validation;

namespace NavLederprogram.Programmes;

public sealed class CohortAppService(
    ICohortRepository cohorts,
    IProgrammeRepository programmes,
    IEnrolmentRepository enrolments,
    IOrganisationQueries organisation,
    EnrolmentManager enrolmentManager,
    ProgrammeAccess access,
    TimeProvider clock,
    IUnitOfWork unitOfWork) : ICohortAppService
{
    public async Task<PagedResult<CohortSummaryDto>> GetListAsync(CohortQuery query, CancellationToken ct)
    {
        var page = await cohorts.GetPageAsync(query.ToPageRequest(), await FilterAsync(query.Status, query.RegionId, query.Facilitating == true, ct), ct);
        return new PagedResult<CohortSummaryDto>(page.TotalCount, await ToSummariesAsync(page.Items, ct));
    }

    public async Task<CohortDto> GetAsync(Guid id, CancellationToken ct) => await ToDtoAsync(await FindVisibleAsync(id, ct), ct);

    public async Task<CohortDto> CreateAsync(SaveCohortInput input, CancellationToken ct)
    {
        var version = await ValidateAsync(input, null, ct);
        var cohort = new Cohort(Guid.CreateVersion7(), version!, input.Name!.Trim(), input.RegionId, input.Capacity!.Value, input.RequiresApproval ?? false,
            DatesOf(input), input.FacilitatorUserIds ?? []);
        await cohorts.InsertAsync(cohort, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(cohort, ct);
    }

    public async Task<CohortDto> UpdateAsync(Guid id, SaveCohortInput input, CancellationToken ct)
    {
        var cohort = await FindVisibleAsync(id, ct);
        await ValidateAsync(input, cohort, ct);
        ConcurrencyCheck.Apply(cohort, input.ConcurrencyStamp);
        var counts = await CountsAsync(cohort.Id, ct);
        var grew = input.Capacity > cohort.Capacity;
        cohort.ChangeDetails(input.Name!.Trim(), input.RegionId, input.Capacity!.Value, input.RequiresApproval ?? cohort.RequiresApproval, DatesOf(input),
            input.FacilitatorUserIds ?? [], counts.Enrolled + counts.Completed);
        await unitOfWork.SaveChangesAsync(ct);
        if (grew) await enrolmentManager.PromoteFromWaitlistAsync(cohort, Now, ct);
        return await ToDtoAsync(cohort, ct);
    }

    public async Task<CohortDto> ScheduleSessionAsync(Guid id, Guid sessionId, ScheduleSessionInput input, CancellationToken ct)
    {
        var cohort = await FindVisibleAsync(id, ct);
        var v = new InputValidator().Require("date", input.Date).InRange("durationMinutes", input.DurationMinutes, 15, ProgrammeConsts.MaxGatheringMinutes);
        if (!TimeOnly.TryParseExact(input.StartTime ?? "", "HH:mm", out var startTime)) v.Add("startTime", input.StartTime is null ? InputValidator.Required : "Validation:Format");
        if (input.Place?.Length > ProgrammeConsts.MaxPlaceLength) v.Add("place", InputValidator.MaxLength, ProgrammeConsts.MaxPlaceLength);
        if (!string.IsNullOrWhiteSpace(input.VideoLink) && !(Uri.TryCreate(input.VideoLink.Trim(), UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
            v.Add("videoLink", "Validation:HttpsUrl");
        if (input.Date is { } date && (date < cohort.StartsOn || date > cohort.EndsOn)) v.Add("date", NavLederprogramErrorCodes.SessionOutsideCohort);
        v.ThrowIfInvalid();
        ConcurrencyCheck.Apply(cohort, input.ConcurrencyStamp);
        cohort.ScheduleSession(sessionId, OsloTime.ToUtc(input.Date!.Value, startTime), input.DurationMinutes!.Value, input.Place, input.VideoLink);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(cohort, ct);
    }

    public async Task<CohortDto> SetModuleUnlockAsync(Guid id, Guid moduleId, ScheduleDateInput input, CancellationToken ct)
    {
        var cohort = await FindVisibleAsync(id, ct);
        new InputValidator().Require("date", input.Date).ThrowIfInvalid();
        ConcurrencyCheck.Apply(cohort, input.ConcurrencyStamp);
        cohort.SetModuleUnlock(moduleId, input.Date!.Value);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(cohort, ct);
    }

    public async Task<CohortDto> SetDeadlineAsync(Guid id, Guid assignmentId, ScheduleDateInput input, CancellationToken ct)
    {
        var cohort = await FindVisibleAsync(id, ct);
        new InputValidator().Require("date", input.Date).ThrowIfInvalid();
        ConcurrencyCheck.Apply(cohort, input.ConcurrencyStamp);
        cohort.SetDeadline(assignmentId, input.Date!.Value);
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(cohort, ct);
    }

    public async Task<CohortDto> ChangeStatusAsync(Guid id, string action, CohortActionInput input, CancellationToken ct)
    {
        if (input.Reason?.Trim().Length > ProgrammeConsts.MaxTextLength)
            new InputValidator().Add("reason", InputValidator.MaxLength, ProgrammeConsts.MaxTextLength).ThrowIfInvalid();
        var cohort = await FindVisibleAsync(id, ct);
        ConcurrencyCheck.Apply(cohort, input.ConcurrencyStamp);
        var counts = await CountsAsync(cohort.Id, ct);
        switch (action)
        {
            case "openEnrolment": cohort.OpenEnrolment(); break;
            case "closeEnrolment": cohort.CloseEnrolment(); break;
            case "start": cohort.Start(counts.Enrolled); break;
            case "complete":
                var open = (await enrolments.GetForCohortAsync(cohort.Id, ct)).Sum(e => e.OpenAssessments);
                cohort.Complete(open, input.Force == true, input.Reason);
                break;
            case "cancel": cohort.Cancel(input.Reason); break;
            default: throw new EntityNotFoundException(typeof(Cohort), action);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return await ToDtoAsync(cohort, ct);
    }

    public async Task<IReadOnlyList<CalendarEntryDto>> GetCalendarAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        new InputValidator().SupportedDate("from", from).SupportedDate("to", to).ThrowIfInvalid();
        if (to < from || to.DayNumber - from.DayNumber > 400) new InputValidator().Add("to", InputValidator.Range, from, from.AddDays(400)).ThrowIfInvalid();
        var list = await cohorts.GetOverlappingAsync(from, to, await FilterAsync(null, null, false, ct), ct);
        var versions = (await programmes.GetVersionsAsync(list.Select(c => c.ProgrammeVersionId).Distinct().ToList(), ct)).ToDictionary(v => v.Id);
        var fromUtc = OsloTime.ToUtc(from, TimeOnly.MinValue);
        var toUtc = OsloTime.ToUtc(to.AddDays(1), TimeOnly.MinValue);
        var entries = new List<CalendarEntryDto>();
        foreach (var c in list.Where(c => c.Status != CohortStatus.Cancelled))
        {
            void Day(string kind, DateOnly day, string title)
            {
                if (day >= from && day <= to)
                    entries.Add(new CalendarEntryDto(c.Id, c.Name, kind, Text($"Calendar:Kind.{kind}"), title, OsloTime.ToUtc(day, TimeOnly.MinValue), null, true, null));
            }
            Day("enrolmentOpens", c.EnrolmentOpensOn, c.Name);
            Day("enrolmentCloses", c.EnrolmentClosesOn, c.Name);
            Day("starts", c.StartsOn, c.Name);
            Day("ends", c.EndsOn, c.Name);
            var version = versions.GetValueOrDefault(c.ProgrammeVersionId);
            entries.AddRange(c.Sessions.Where(s => s.StartsAt < toUtc && s.EndsAt > fromUtc).Select(s =>
                new CalendarEntryDto(c.Id, c.Name, "gathering", Text("Calendar:Kind.gathering"), CohortMapping.GatheringTitle(s, version).In(), s.StartsAt, s.EndsAt, false, s.Place ?? s.VideoLink)));
            var assignments = version?.Modules.SelectMany(m => m.Assignments).ToDictionary(a => a.Id) ?? [];
            foreach (var d in c.Deadlines) Day("deadline", d.DueOn, assignments.GetValueOrDefault(d.AssignmentId)?.Title.In() ?? "");
        }
        return entries.OrderBy(e => e.StartsAt).ThenBy(e => e.CohortName).ToList();
    }

    public async Task<IReadOnlyList<FacilitatorCandidateDto>> GetFacilitatorCandidatesAsync(CancellationToken ct) =>
        (await access.GetFacilitatorsAsync()).OrderBy(u => u.Name).Select(u => new FacilitatorCandidateDto(u.Id, u.Name)).ToList();

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static CohortDates DatesOf(SaveCohortInput input) =>
        new(input.EnrolmentOpensOn!.Value, input.EnrolmentClosesOn!.Value, input.StartsOn!.Value, input.EndsOn!.Value);

    private async Task<ProgrammeVersion?> ValidateAsync(SaveCohortInput input, Cohort? existing, CancellationToken ct)
    {
        var v = new InputValidator()
            .RequireText("name", input.Name, ProgrammeConsts.MaxNameLength)
            .InRange("capacity", input.Capacity, 1, ProgrammeConsts.MaxCapacity)
            .Require("enrolmentOpensOn", input.EnrolmentOpensOn)
            .Require("enrolmentClosesOn", input.EnrolmentClosesOn)
            .Require("startsOn", input.StartsOn)
            .Require("endsOn", input.EndsOn);
        ProgrammeVersion? version = null;
        if (existing is null)
        {
            v.Require("programmeVersionId", input.ProgrammeVersionId);
            version = input.ProgrammeVersionId is { } versionId ? await programmes.FindVersionAsync(versionId, ct) : null;
            if (input.ProgrammeVersionId is not null && version is null) v.Add("programmeVersionId", InputValidator.Unknown);
            else if (version is { Status: not ProgrammeVersionStatus.Published }) v.Add("programmeVersionId", NavLederprogramErrorCodes.VersionNotPublished);
        }
        if (input is { EnrolmentOpensOn: { } opens, EnrolmentClosesOn: { } closes, StartsOn: { } starts, EndsOn: { } ends }
            && CohortDates.FirstOutOfOrder(opens, closes, starts, ends) is { } field)
            v.Add(field, NavLederprogramErrorCodes.CohortDatesOutOfOrder);
        // A new cohort cannot start its enrolment in the past; an existing one keeps the dates it has had.
        if (existing is null && input.EnrolmentOpensOn is { } opensOn && opensOn < OsloTime.Today(clock)) v.Add("enrolmentOpensOn", "Validation:NotInPast");
        var scope = await access.GetScopeAsync(ct);
        if (input.RegionId is { } regionId && (await organisation.FindRegionNameAsync(regionId, ct) is null || !scope.CoversRegion(regionId))) v.Add("regionId", InputValidator.Unknown);
        if (input.RegionId is null && !scope.IsNational) v.Add("regionId", InputValidator.Required);
        var facilitators = (await access.GetFacilitatorsAsync()).Select(u => u.Id).ToHashSet();
        foreach (var id in input.FacilitatorUserIds ?? [])
            if (!facilitators.Contains(id)) v.Add("facilitatorUserIds", InputValidator.Unknown);
        v.ThrowIfInvalid();
        return version;
    }

    private async Task<CohortFilter> FilterAsync(CohortStatus? status, Guid? regionId, bool facilitating, CancellationToken ct)
    {
        var scope = await access.GetScopeAsync(ct);
        return new CohortFilter(status, regionId, facilitating ? access.UserId : null, scope.IsNational ? null : scope.RegionIds.ToList());
    }

    private Task<Cohort> FindVisibleAsync(Guid id, CancellationToken ct) => access.FindVisibleCohortAsync(id, ct);

    private async Task<EnrolmentCounts> CountsAsync(Guid cohortId, CancellationToken ct) =>
        (await enrolments.CountAsync([cohortId], ct)).GetValueOrDefault(cohortId) ?? new EnrolmentCounts(0, 0, 0, 0);

    private async Task<IReadOnlyList<CohortSummaryDto>> ToSummariesAsync(IReadOnlyList<CohortSummary> list, CancellationToken ct)
    {
        var ids = list.Select(c => c.Id).ToList();
        var counts = await enrolments.CountAsync(ids, ct);
        var versions = await programmes.GetVersionNamesAsync(list.Select(c => c.ProgrammeVersionId).Distinct().ToList(), ct);
        var regionNames = await organisation.GetRegionNamesAsync(ct);
        var mine = await MyEnrolmentsAsync(ct);
        var today = OsloTime.Today(clock);
        return list.Select(c =>
        {
            var n = counts.GetValueOrDefault(c.Id) ?? new EnrolmentCounts(0, 0, 0, 0);
            return new CohortSummaryDto
            {
                Id = c.Id,
                Name = c.Name,
                ProgrammeVersionId = c.ProgrammeVersionId,
                VersionName = (versions.GetValueOrDefault(c.ProgrammeVersionId) ?? TranslatedText.Empty).ToContent(),
                RegionId = c.RegionId,
                RegionName = c.RegionId is { } r ? regionNames.GetValueOrDefault(r) : null,
                Status = c.Status,
                StatusName = CohortMapping.StatusName(c.Status),
                Capacity = c.Capacity,
                Enrolled = n.Enrolled + n.Completed,
                Waitlisted = n.Waitlisted,
                Pending = n.Pending,
                EnrolmentOpensOn = c.EnrolmentOpensOn,
                EnrolmentClosesOn = c.EnrolmentClosesOn,
                StartsOn = c.StartsOn,
                EndsOn = c.EndsOn,
                AcceptsEnrolment = c.AcceptsEnrolment(today),
                MyEnrolment = mine.GetValueOrDefault(c.Id),
            };
        }).ToList();
    }

    private async Task<IReadOnlyDictionary<Guid, MyEnrolmentDto>> MyEnrolmentsAsync(CancellationToken ct)
    {
        var me = await access.GetMeAsync(ct);
        if (me is null) return new Dictionary<Guid, MyEnrolmentDto>();
        var mine = (await enrolments.GetForPersonAsync(me.Id, ct)).Where(e => e.IsActive).ToList();
        var waitlisted = mine.Where(e => e.Status == EnrolmentStatus.Waitlisted).Select(e => e.Id).ToList();
        var positions = waitlisted.Count == 0 ? new Dictionary<Guid, int>() : await enrolments.GetWaitlistPositionsAsync(waitlisted, ct);
        var result = new Dictionary<Guid, MyEnrolmentDto>();
        foreach (var e in mine)
        {
            int? position = positions.TryGetValue(e.Id, out var p) ? p : null;
            result[e.CohortId] = new MyEnrolmentDto(e.Id, e.Status, CohortMapping.EnrolmentStatusName(e.Status), position);
        }
        return result;
    }

    private async Task<MyEnrolmentDto> MyEnrolmentAsync(Enrolment e, CancellationToken ct)
    {
        int? position = e.Status == EnrolmentStatus.Waitlisted
            && (await enrolments.GetWaitlistPositionsAsync([e.Id], ct)).TryGetValue(e.Id, out var p) ? p : null;
        return new MyEnrolmentDto(e.Id, e.Status, CohortMapping.EnrolmentStatusName(e.Status), position);
    }

    internal async Task<CohortDto> ToDtoAsync(Cohort c, CancellationToken ct)
    {
        var version = await programmes.FindVersionAsync(c.ProgrammeVersionId, ct) ?? throw new EntityNotFoundException(typeof(ProgrammeVersion), c.ProgrammeVersionId);
        var all = await enrolments.GetForCohortAsync(c.Id, ct);
        var counts = await CountsAsync(c.Id, ct);
        var facilitatorNames = await access.GetUserNamesAsync(c.FacilitatorUserIds);
        var regionName = c.RegionId is { } r ? await organisation.FindRegionNameAsync(r, ct) : null;
        var me = await access.GetMeAsync(ct);
        var mine = me is null ? null : all.FirstOrDefault(e => e.PersonId == me.Id && e.IsActive);
        var canManage = await access.HasAsync(NavLederprogramPermissions.Cohorts.Manage, ct);
        return new CohortDto(c.Id, c.Name, c.ProgrammeVersionId, version.Name.ToContent(), c.RegionId, regionName, c.Status, CohortMapping.StatusName(c.Status), c.StatusReason, c.Capacity,
            c.RequiresApproval, counts.Enrolled + counts.Completed, counts.Waitlisted, counts.Pending, all.Sum(e => e.OpenAssessments),
            c.EnrolmentOpensOn, c.EnrolmentClosesOn, c.StartsOn, c.EndsOn, c.AcceptsEnrolment(OsloTime.Today(clock)),
            c.FacilitatorUserIds.Select(id => new FacilitatorDto(id, facilitatorNames.GetValueOrDefault(id) ?? "")).ToList(),
            CohortMapping.Sessions(c, version),
            version.Modules.Select(m => new ModuleScheduleDto(m.Id, m.Order, m.Title.ToContent(),
                c.ModuleUnlocks.FirstOrDefault(u => u.ModuleId == m.Id)?.UnlocksOn ?? c.StartsOn,
                c.Deadlines.Where(d => d.ModuleId == m.Id).Select(d => new DeadlineDto(d.AssignmentId, m.Id,
                    (m.Assignments.FirstOrDefault(a => a.Id == d.AssignmentId)?.Title ?? TranslatedText.Empty).ToContent(), d.DueOn)).ToList())).ToList(),
            canManage ? AllowedActions(c, counts) : [],
            mine is null ? null : await MyEnrolmentAsync(mine, ct),
            access.UserId is { } userId && c.FacilitatorUserIds.Contains(userId), c.ConcurrencyStamp);
    }

    private static IReadOnlyList<string> AllowedActions(Cohort c, EnrolmentCounts counts)
    {
        var list = new List<string>();
        if (c.Status is CohortStatus.Planned or CohortStatus.EnrolmentClosed) list.Add("openEnrolment");
        if (c.Status == CohortStatus.EnrolmentOpen) list.Add("closeEnrolment");
        if (c.Status is CohortStatus.EnrolmentOpen or CohortStatus.EnrolmentClosed && counts.Enrolled > 0) list.Add("start");
        if (c.Status == CohortStatus.Running) list.Add("complete");
        if (!c.IsClosed) list.Add("cancel");
        return list;
    }

    private static string Text(string key) => LocalizationTexts.Get(key);
}
