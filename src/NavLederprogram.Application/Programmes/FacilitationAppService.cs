using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Permissions;
using NavLederprogram.Validation;

namespace NavLederprogram.Programmes;

/// <summary>A facilitator's work in the cohorts they run: attendance at gatherings and assessment of assignments. Reflections are not theirs to read.</summary>
public sealed class FacilitationAppService(
    IProgrammeRepository programmes,
    IEnrolmentRepository enrolments,
    IPersonDirectory people,
    IOrganisationQueries organisation,
    ProgressRecorder recorder,
    ProgrammeAccess access,
    TimeProvider clock) : IFacilitationAppService
{
    public async Task<AttendanceSheetDto> GetAttendanceAsync(Guid cohortId, Guid sessionId, CancellationToken ct)
    {
        var (cohort, version) = await FindFacilitatedAsync(cohortId, ct);
        return await SheetAsync(cohort, version, cohort.GetSession(sessionId), await enrolments.GetForCohortAsync(cohort.Id, ct), ct);
    }

    public async Task<AttendanceSheetDto> RegisterAttendanceAsync(Guid cohortId, Guid sessionId, AttendanceInput input, CancellationToken ct)
    {
        var (cohort, version) = await FindFacilitatedAsync(cohortId, ct);
        var session = cohort.GetSession(sessionId);
        if (cohort.Status != CohortStatus.Running) throw new BusinessException(NavLederprogramErrorCodes.CohortNotRunning) { IsConflict = true };
        var participants = (await enrolments.GetForCohortAsync(cohort.Id, ct)).ToDictionary(e => e.Id);
        var entries = input.Entries ?? [];
        var v = new InputValidator();
        if (entries.Count == 0) v.Add("entries", InputValidator.Required);
        for (var i = 0; i < entries.Count; i++)
        {
            v.Require($"entries[{i}].present", entries[i].Present);
            if (entries[i].EnrolmentId is not { } id || !participants.TryGetValue(id, out var p) || !p.IsParticipant) v.Add($"entries[{i}].enrolmentId", InputValidator.Unknown);
        }
        v.ThrowIfInvalid();
        var by = await access.GetActorAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Completed participants' attendance is history; it is no longer changed.
        foreach (var entry in entries.Where(x => participants[x.EnrolmentId!.Value].Status == EnrolmentStatus.Enrolled))
        {
            var enrolment = participants[entry.EnrolmentId!.Value];
            enrolment.RegisterAttendance(session.Id, entry.Present!.Value, by, now);
            await recorder.SaveAsync(enrolment, cohort, version, ct);
        }
        return await SheetAsync(cohort, version, session, participants.Values.ToList(), ct);
    }

    public async Task<IReadOnlyList<AssessmentDto>> GetAssessmentsAsync(Guid cohortId, CancellationToken ct)
    {
        var (cohort, version) = await FindFacilitatedAsync(cohortId, ct);
        var all = await enrolments.GetForCohortAsync(cohort.Id, ct);
        var names = (await people.GetListAsync(all.Select(e => e.PersonId).ToList(), ct)).ToDictionary(p => p.Id, p => p.FullName);
        return all.SelectMany(e => e.Submissions.Select(s => ToDto(e, s, version, names)))
            .Where(a => a is not null).Select(a => a!)
            .OrderBy(a => a.Status != AssignmentStatus.Submitted).ThenBy(a => a.SubmittedAt).ToList();
    }

    public async Task<AssessmentDto> ReviewAsync(Guid cohortId, Guid enrolmentId, Guid assignmentId, ReviewAssignmentInput input, CancellationToken ct)
    {
        var (cohort, version) = await FindFacilitatedAsync(cohortId, ct);
        var enrolment = await enrolments.FindAsync(enrolmentId, ct);
        if (enrolment is null || enrolment.CohortId != cohort.Id) throw new EntityNotFoundException(typeof(Enrolment), enrolmentId);
        var v = new InputValidator().Require("approved", input.Approved);
        if (input.Feedback?.Length > ProgrammeConsts.MaxTextLength) v.Add("feedback", InputValidator.MaxLength, ProgrammeConsts.MaxTextLength);
        v.ThrowIfInvalid();
        enrolment.Review(assignmentId, input.Approved!.Value, input.Feedback, await access.GetActorAsync(ct), clock.GetUtcNow().UtcDateTime);
        await recorder.SaveAsync(enrolment, cohort, version, ct);
        var person = await people.FindAsync(enrolment.PersonId, ct);
        return ToDto(enrolment, enrolment.Submissions.First(s => s.AssignmentId == assignmentId), version,
            new Dictionary<Guid, string> { [enrolment.PersonId] = person?.FullName ?? "" })!;
    }

    private static AssessmentDto? ToDto(Enrolment e, AssignmentSubmission s, ProgrammeVersion version, IReadOnlyDictionary<Guid, string> names)
    {
        var module = version.Modules.FirstOrDefault(m => m.Assignments.Any(a => a.Id == s.AssignmentId));
        var assignment = module?.Assignments.First(a => a.Id == s.AssignmentId);
        return module is null ? null : new AssessmentDto(e.Id, names.GetValueOrDefault(e.PersonId) ?? "", module.Id, module.Title.ToContent(), s.AssignmentId, assignment!.Title.ToContent(),
            s.Answer, s.SubmittedAt, s.Status, LocalizationTexts.EnumText(s.Status), s.Feedback);
    }

    private async Task<AttendanceSheetDto> SheetAsync(Cohort cohort, ProgrammeVersion version, CohortSession session, IReadOnlyList<Enrolment> all, CancellationToken ct)
    {
        var participants = all.Where(e => e.IsParticipant).ToList();
        var persons = (await people.GetListAsync(participants.Select(e => e.PersonId).ToList(), ct)).ToDictionary(p => p.Id);
        var officeNames = await organisation.GetOfficeNamesAsync(persons.Values.Select(p => p.OfficeId).Distinct().ToList(), ct);
        var module = version.Modules.FirstOrDefault(m => m.Id == session.ModuleId);
        return new AttendanceSheetDto(cohort.Id, CohortMapping.ToDto(session, module), participants
            .Select(e => (e, person: persons.GetValueOrDefault(e.PersonId)))
            .OrderBy(x => x.person?.LastName).ThenBy(x => x.person?.FirstName)
            .Select(x => new AttendanceRowDto(x.e.Id, x.person?.FullName ?? "", x.person is null ? "" : officeNames.GetValueOrDefault(x.person.OfficeId) ?? "",
                x.e.Attendance.FirstOrDefault(a => a.SessionId == session.Id)?.Present)).ToList());
    }

    /// <summary>A facilitator works in the cohorts they facilitate; programme admins in every cohort they can see.</summary>
    private async Task<(Cohort, ProgrammeVersion)> FindFacilitatedAsync(Guid cohortId, CancellationToken ct)
    {
        var cohort = await access.FindVisibleCohortAsync(cohortId, ct);
        if (!cohort.FacilitatorUserIds.Contains(access.UserId ?? Guid.Empty) && !await access.HasAsync(NavLederprogramPermissions.Cohorts.Manage, ct))
            throw new EntityNotFoundException(typeof(Cohort), cohortId);
        var version = await programmes.FindVersionAsync(cohort.ProgrammeVersionId, ct) ?? throw new EntityNotFoundException(typeof(ProgrammeVersion), cohort.ProgrammeVersionId);
        return (cohort, version);
    }
}
