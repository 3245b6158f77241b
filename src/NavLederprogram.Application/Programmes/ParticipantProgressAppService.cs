using NavLederprogram.Data;
using NavLederprogram.ELearning;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Privacy;
using NavLederprogram.Validation;

namespace NavLederprogram.Programmes;

public sealed class ParticipantProgressAppService(
    ICohortRepository cohorts,
    IProgrammeRepository programmes,
    IEnrolmentRepository enrolments,
    IReflectionNoteRepository reflections,
    IPrivateTextProtector protector,
    ICertificateRepository certificates,
    ProgressRecorder recorder,
    ProgrammeAccess access,
    ICourseQueries courseQueries,
    TimeProvider clock) : IParticipantProgressAppService
{
    public async Task<MyProgrammeDto> GetMineAsync(CancellationToken ct)
    {
        var me = await access.GetMeAsync(ct);
        if (me is null) return new MyProgrammeDto([], NoPerson.Explain());
        var mine = (await enrolments.GetForPersonAsync(me.Id, ct)).Where(e => e.IsActive).ToList();
        if (mine.Count == 0) return new MyProgrammeDto([]);
        // One read of each kind for all the caller's cohorts, not one per cohort; versions without approvals and history.
        var cohortsById = (await cohorts.GetListAsync(mine.Select(e => e.CohortId).Distinct().ToList(), ct)).ToDictionary(c => c.Id);
        var versionIds = cohortsById.Values.Select(c => c.ProgrammeVersionId).Distinct().ToList();
        var versions = (await programmes.GetVersionContentsAsync(versionIds, ct)).ToDictionary(v => v.Id);
        var notes = (await ReadAsync(me.Id, await reflections.GetForAuthorAsync(me.Id, mine.Select(e => e.Id).ToList(), ct), ct)).ToLookup(n => n.EnrolmentId);
        var completed = mine.Where(e => e.Status == EnrolmentStatus.Completed).Select(e => e.Id).ToList();
        var certificateIds = completed.Count == 0 ? new Dictionary<Guid, Guid>() : await certificates.GetIdsByEnrolmentAsync(completed, ct);
        var waitlisted = mine.Where(e => e.Status == EnrolmentStatus.Waitlisted).Select(e => e.Id).ToList();
        var positions = waitlisted.Count == 0 ? new Dictionary<Guid, int>() : await enrolments.GetWaitlistPositionsAsync(waitlisted, ct);
        var courses = await CoursesAsync(versions.Values.SelectMany(v => v.Modules), ct);
        var list = new List<MyCohortDto>();
        foreach (var enrolment in mine)
        {
            if (cohortsById.GetValueOrDefault(enrolment.CohortId) is not { } cohort
                || versions.GetValueOrDefault(cohort.ProgrammeVersionId) is not { } version)
                continue;
            int? position = positions.TryGetValue(enrolment.Id, out var p) ? p : null;
            Guid? certificateId = certificateIds.TryGetValue(enrolment.Id, out var c) ? c : null;
            list.Add(ToDto(enrolment, cohort, version.Name, version.Modules, notes[enrolment.Id].ToDictionary(n => n.ReflectionTaskId),
                position, certificateId, courses));
        }
        return new MyProgrammeDto(list.OrderBy(c => c.CohortStatus is CohortStatus.Completed or CohortStatus.Cancelled).ThenBy(c => c.StartsOn).ToList());
    }

    public async Task<MyCohortDto> SubmitAssignmentAsync(Guid enrolmentId, Guid assignmentId, SubmitAssignmentInput input, CancellationToken ct)
    {
        var (enrolment, cohort, version) = await FindMineAsync(enrolmentId, ct);
        var module = version.Modules.FirstOrDefault(m => m.Assignments.Any(a => a.Id == assignmentId)) ?? throw new EntityNotFoundException(typeof(ModuleAssignment), assignmentId);
        new InputValidator().RequireText("answer", input.Answer, ProgrammeConsts.MaxAnswerLength).ThrowIfInvalid();
        UnlockedModule(cohort, version, module.Id);
        enrolment.Submit(assignmentId, input.Answer!, clock.GetUtcNow().UtcDateTime);
        await recorder.SaveAsync(enrolment, cohort, version, ct);
        return await ToDtoAsync(enrolment, cohort, version, ct);
    }

    public async Task<MyCohortDto> WriteReflectionAsync(Guid enrolmentId, Guid reflectionTaskId, WriteReflectionInput input, CancellationToken ct)
    {
        var (enrolment, cohort, version) = await FindMineAsync(enrolmentId, ct);
        var module = version.Modules.FirstOrDefault(m => m.ReflectionTasks.Any(r => r.Id == reflectionTaskId)) ?? throw new EntityNotFoundException(typeof(ModuleReflectionTask), reflectionTaskId);
        new InputValidator().RequireText("text", input.Text, ProgrammeConsts.MaxAnswerLength).ThrowIfInvalid();
        UnlockedModule(cohort, version, module.Id);
        enrolment.RecordReflectionWritten(module.Id, reflectionTaskId);
        var note = (await reflections.GetForAuthorAsync(enrolment.PersonId, enrolment.Id, ct)).FirstOrDefault(n => n.ReflectionTaskId == reflectionTaskId);
        var text = await protector.ProtectAsync(enrolment.PersonId, input.Text!.Trim(), ct);
        if (note is null) await reflections.InsertAsync(new ReflectionNote(Guid.CreateVersion7(), enrolment.PersonId, enrolment.Id, module.Id, reflectionTaskId, text), ct);
        else note.Rewrite(text);
        await recorder.SaveAsync(enrolment, cohort, version, ct);
        return await ToDtoAsync(enrolment, cohort, version, ct);
    }

    private ProgrammeModule UnlockedModule(Cohort cohort, ProgrammeVersion version, Guid moduleId)
    {
        var module = version.Modules.FirstOrDefault(m => m.Id == moduleId) ?? throw new EntityNotFoundException(typeof(ProgrammeModule), moduleId);
        if (cohort.Status != CohortStatus.Running) throw new BusinessException(NavLederprogramErrorCodes.CohortNotRunning) { IsConflict = true };
        if (!cohort.IsModuleUnlocked(moduleId, OsloTime.Today(clock))) throw new BusinessException(NavLederprogramErrorCodes.ModuleLocked) { IsConflict = true };
        return module;
    }

    /// <summary>Only the participant works on their own enrolment; to anyone else it does not exist.</summary>
    private async Task<(Enrolment, Cohort, ProgrammeVersion)> FindMineAsync(Guid enrolmentId, CancellationToken ct)
    {
        var me = await access.GetMeAsync(ct);
        var enrolment = await enrolments.FindAsync(enrolmentId, ct);
        if (enrolment is null || enrolment.PersonId != me?.Id) throw new EntityNotFoundException(typeof(Enrolment), enrolmentId);
        var cohort = await cohorts.FindAsync(enrolment.CohortId, ct) ?? throw new EntityNotFoundException(typeof(Cohort), enrolment.CohortId);
        var version = await programmes.FindVersionAsync(cohort.ProgrammeVersionId, ct) ?? throw new EntityNotFoundException(typeof(ProgrammeVersion), cohort.ProgrammeVersionId);
        return (enrolment, cohort, version);
    }

    private async Task<MyCohortDto> ToDtoAsync(Enrolment e, Cohort c, ProgrammeVersion version, CancellationToken ct)
    {
        var notes = (await ReadAsync(e.PersonId, await reflections.GetForAuthorAsync(e.PersonId, e.Id, ct), ct)).ToDictionary(n => n.ReflectionTaskId);
        var certificate = e.Status == EnrolmentStatus.Completed ? await certificates.FindByEnrolmentAsync(e.Id, ct) : null;
        return ToDto(e, c, version.Name, version.Modules, notes, await WaitlistPositionAsync(e, c, ct), certificate?.Id,
            await CoursesAsync(version.Modules, ct));
    }

    /// <summary>The author's notes decrypted, for the author's eyes only; a note not yet migrated is still plain text.</summary>
    private async Task<IReadOnlyList<ReadNote>> ReadAsync(Guid authorPersonId, IEnumerable<ReflectionNote> notes, CancellationToken ct)
    {
        var read = new List<ReadNote>();
        foreach (var n in notes)
            read.Add(new ReadNote(n.EnrolmentId, n.ReflectionTaskId,
                n.IsProtected ? await protector.UnprotectAsync(authorPersonId, n.ProtectedText, ct) : n.ProtectedText,
                n.LastModificationTime ?? n.CreationTime));
        return read;
    }

    private sealed record ReadNote(Guid EnrolmentId, Guid ReflectionTaskId, string Text, DateTime WrittenAt);

    /// <summary>The courses the modules name, by code, in one read.</summary>
    private async Task<IReadOnlyDictionary<string, CourseCard>> CoursesAsync(IEnumerable<ProgrammeModule> modules, CancellationToken ct)
    {
        var codes = modules.Select(m => m.CourseReference).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (codes.Count == 0) return new Dictionary<string, CourseCard>();
        return (await courseQueries.GetByCodesAsync(codes, ct)).ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
    }

    private async Task<int?> WaitlistPositionAsync(Enrolment e, Cohort c, CancellationToken ct) =>
        e.Status == EnrolmentStatus.Waitlisted
        && (await enrolments.GetWaitlistPositionsAsync([e.Id], ct)).TryGetValue(e.Id, out var position) ? position : null;

    private MyCohortDto ToDto(Enrolment e, Cohort c, TranslatedText versionName, IReadOnlyList<ProgrammeModule> versionModules,
        IReadOnlyDictionary<Guid, ReadNote> notes, int? position, Guid? certificateId, IReadOnlyDictionary<string, CourseCard> courses)
    {
        var today = OsloTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = CohortMapping.Sessions(c, versionModules);
        var modules = versionModules.Select(m =>
        {
            var progress = e.Modules.FirstOrDefault(p => p.ModuleId == m.Id);
            var course = m.CourseReference is { } code ? courses.GetValueOrDefault(code) : null;
            var unlocksOn = c.ModuleUnlocks.FirstOrDefault(u => u.ModuleId == m.Id)?.UnlocksOn ?? c.StartsOn;
            return new ModuleProgressDto(m.Id, m.Order, m.Title.ToContent(), m.Description.ToContent(), m.LearningOutcomes.Select(o => o.ToContent()).ToList(), m.CourseReference, unlocksOn, c.IsModuleUnlocked(m.Id, today),
                m.CourseReference is null || progress?.ELearningDoneAt is not null, progress?.CompletedOn,
                sessions.Where(s => s.ModuleId == m.Id).Select(s => new SessionAttendanceDto(s, e.Attendance.FirstOrDefault(a => a.SessionId == s.Id)?.Present)).ToList(),
                m.Assignments.Select(a =>
                {
                    var submission = e.Submissions.FirstOrDefault(s => s.AssignmentId == a.Id);
                    return new AssignmentProgressDto(a.Id, a.Title.ToContent(), a.Instructions.ToContent(), c.Deadlines.FirstOrDefault(d => d.AssignmentId == a.Id)?.DueOn ?? c.EndsOn,
                        submission?.Status, submission is null ? null : LocalizationTexts.EnumText(submission.Status),
                        submission?.Answer, submission?.SubmittedAt, submission?.Feedback, submission?.ReviewedBy?.Name);
                }).ToList(),
                m.ReflectionTasks.Select(r => new ReflectionProgressDto(r.Id, r.Prompt.ToContent(), notes.GetValueOrDefault(r.Id)?.Text,
                    notes.GetValueOrDefault(r.Id)?.WrittenAt)).ToList(),
                course?.Id, course?.Title.ToContent());
        }).ToList();
        var assignments = versionModules.SelectMany(m => m.Assignments.Select(a => (Module: m, Assignment: a)))
            .ToDictionary(x => x.Assignment.Id);
        var deadlines = c.Deadlines.Where(d => d.DueOn >= today && assignments.ContainsKey(d.AssignmentId)).OrderBy(d => d.DueOn).Take(5)
            .Select(d => new UpcomingDeadlineDto(d.AssignmentId, assignments[d.AssignmentId].Assignment.Title.ToContent(), assignments[d.AssignmentId].Module.Title.ToContent(), d.DueOn,
                e.Submissions.FirstOrDefault(s => s.AssignmentId == d.AssignmentId)?.Status)).ToList();
        return new MyCohortDto
        {
            EnrolmentId = e.Id,
            CohortId = c.Id,
            CohortName = c.Name,
            VersionName = versionName.ToContent(),
            CohortStatus = c.Status,
            CohortStatusName = CohortMapping.StatusName(c.Status),
            StartsOn = c.StartsOn,
            EndsOn = c.EndsOn,
            Status = e.Status,
            StatusName = CohortMapping.EnrolmentStatusName(e.Status),
            WaitlistPosition = position,
            ModulesCompleted = modules.Count(m => m.CompletedOn is not null),
            Modules = modules,
            NextSession = sessions.FirstOrDefault(s => s.EndsAt > now),
            UpcomingDeadlines = deadlines,
            CertificateId = certificateId,
        };
    }
}
