using NavLederprogram.Competence;
using NavLederprogram.Entities;
using NavLederprogram.Programmes.Events;

namespace NavLederprogram.Programmes;

/// <summary>
/// A person's place in a cohort, from application or nomination to completion, with their progress module by
/// module. What a participant writes in a reflection is not here: it is a <see cref="ReflectionNote"/> that only its
/// author reads; the enrolment records only that it was written.
/// </summary>
public class Enrolment : AuditedAggregateRoot
{
    public Guid CohortId { get; private set; }
    public Guid PersonId { get; private set; }
    public EnrolmentStatus Status { get; private set; }
    public EnrolmentSource Source { get; private set; }
    public Actor? NominatedBy { get; private set; }
    public DateTime RequestedAt { get; private set; }
    /// <summary>The order in which people took a seat or joined the waitlist; the waitlist is served in this order.</summary>
    public long? PlacementNumber { get; private set; }
    public Actor? DecidedBy { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? Reason { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public List<ModuleProgress> Modules { get; private set; } = [];
    public List<SessionAttendance> Attendance { get; private set; } = [];
    public List<AssignmentSubmission> Submissions { get; private set; } = [];

    private Enrolment() { }

    public Enrolment(Guid id, Guid cohortId, Guid personId, EnrolmentSource source, Actor? nominatedBy, DateTime now) : base(id)
    {
        CohortId = cohortId;
        PersonId = personId;
        Source = source;
        NominatedBy = nominatedBy is null ? null : nominatedBy with { };
        RequestedAt = now;
        Status = EnrolmentStatus.Pending;
    }

    /// <summary>Holds a seat or a place on the waitlist (or waits for an admin to decide).</summary>
    public bool IsActive => Status is EnrolmentStatus.Pending or EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted or EnrolmentStatus.Completed;

    public bool IsParticipant => Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Completed;

    /// <summary>Takes a seat, or a place on the waitlist when none is free. Called by <see cref="EnrolmentManager"/> under the cohort's lock.</summary>
    internal void Place(bool seatFree, long placementNumber, Actor? decidedBy, DateTime now)
    {
        if (Status != EnrolmentStatus.Pending) throw new BusinessException(NavLederprogramErrorCodes.EnrolmentNotPending) { IsConflict = true };
        Status = seatFree ? EnrolmentStatus.Enrolled : EnrolmentStatus.Waitlisted;
        PlacementNumber = placementNumber;
        if (decidedBy is not null) (DecidedBy, DecidedAt) = (decidedBy with { }, now);
        AddDomainEvent(new EnrolmentStatusChanged(Id, CohortId, PersonId, Status, false));
    }

    internal void Promote(DateTime now)
    {
        Status = EnrolmentStatus.Enrolled;
        DecidedAt = now;
        AddDomainEvent(new EnrolmentStatusChanged(Id, CohortId, PersonId, Status, true));
    }

    public void Reject(string? reason, Actor by, DateTime now)
    {
        if (Status != EnrolmentStatus.Pending) throw new BusinessException(NavLederprogramErrorCodes.EnrolmentNotPending) { IsConflict = true };
        Status = EnrolmentStatus.Rejected;
        (DecidedBy, DecidedAt, Reason) = (by with { }, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        AddDomainEvent(new EnrolmentStatusChanged(Id, CohortId, PersonId, Status, false));
    }

    /// <summary>Leaves the cohort or the waitlist. Returns whether a seat was freed.</summary>
    internal bool Withdraw(string? reason, Actor by, DateTime now)
    {
        if (Status is not (EnrolmentStatus.Pending or EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted))
            throw new BusinessException(NavLederprogramErrorCodes.EnrolmentNotActive) { IsConflict = true };
        var freedSeat = Status == EnrolmentStatus.Enrolled;
        Status = EnrolmentStatus.Withdrawn;
        (DecidedBy, DecidedAt, Reason) = (by with { }, now, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        AddDomainEvent(new EnrolmentStatusChanged(Id, CohortId, PersonId, Status, false));
        return freedSeat;
    }

    /// <summary>
    /// The participant completed the e-learning course the module names: its e-learning part is done. The course
    /// module reports this; no one declares it by hand.
    /// </summary>
    public void RecordCourseCompleted(ProgrammeModule module, DateTime completedAt)
    {
        EnsureParticipant();
        var progress = ProgressOf(module.Id);
        progress.ELearningDoneAt ??= completedAt;
    }

    public void RecordReflectionWritten(Guid moduleId, Guid reflectionTaskId)
    {
        EnsureParticipant();
        var progress = ProgressOf(moduleId);
        if (!progress.ReflectionsWritten.Contains(reflectionTaskId)) progress.ReflectionsWritten.Add(reflectionTaskId);
    }

    public void RegisterAttendance(Guid sessionId, bool present, Actor by, DateTime now)
    {
        EnsureParticipant();
        Attendance.RemoveAll(a => a.SessionId == sessionId);
        Attendance.Add(new SessionAttendance { SessionId = sessionId, Present = present, RegisteredBy = by with { }, RegisteredAt = now });
    }

    public void Submit(Guid assignmentId, string answer, DateTime now)
    {
        EnsureParticipant();
        var existing = Submissions.FirstOrDefault(s => s.AssignmentId == assignmentId);
        if (existing is { Status: AssignmentStatus.Approved }) throw new BusinessException(NavLederprogramErrorCodes.AssignmentAlreadyApproved) { IsConflict = true };
        Submissions.Remove(existing!);
        Submissions.Add(new AssignmentSubmission { AssignmentId = assignmentId, Answer = answer.Trim(), SubmittedAt = now, Status = AssignmentStatus.Submitted });
    }

    /// <summary>A facilitator approves the submission or returns it for another round; either way with feedback.</summary>
    public void Review(Guid assignmentId, bool approved, string? feedback, Actor by, DateTime now)
    {
        var submission = Submissions.FirstOrDefault(s => s.AssignmentId == assignmentId);
        if (submission is not { Status: AssignmentStatus.Submitted }) throw new BusinessException(NavLederprogramErrorCodes.AssignmentNotSubmitted) { IsConflict = true };
        if (!approved && string.IsNullOrWhiteSpace(feedback)) throw new BusinessException(NavLederprogramErrorCodes.FeedbackRequired) { Field = "feedback" };
        submission.Status = approved ? AssignmentStatus.Approved : AssignmentStatus.Returned;
        submission.Feedback = string.IsNullOrWhiteSpace(feedback) ? null : feedback.Trim();
        submission.ReviewedBy = by with { };
        submission.ReviewedAt = now;
    }

    public int OpenAssessments => Submissions.Count(s => s.Status == AssignmentStatus.Submitted);

    /// <summary>What is still missing before the module is complete; empty when it is.</summary>
    public ModuleChecklist ChecklistFor(ProgrammeModule module, IEnumerable<CohortSession> sessions)
    {
        var progress = Modules.FirstOrDefault(m => m.ModuleId == module.Id);
        var sessionIds = sessions.Where(s => s.ModuleId == module.Id).Select(s => s.Id).ToList();
        return new ModuleChecklist(
            module.CourseReference is null || progress?.ELearningDoneAt is not null,
            sessionIds.Count(id => Attendance.Any(a => a.SessionId == id && a.Present)), sessionIds.Count,
            module.Assignments.Count(a => Submissions.Any(s => s.AssignmentId == a.Id && s.Status == AssignmentStatus.Approved)), module.Assignments.Count,
            module.ReflectionTasks.Count(r => progress?.ReflectionsWritten.Contains(r.Id) == true), module.ReflectionTasks.Count);
    }

    /// <summary>
    /// Completes every module whose checklist is done and grants its competence evidence; the last one completes the
    /// programme. Returns whether the participant completed the programme just now.
    /// </summary>
    public bool EvaluateCompletion(ProgrammeVersion version, Cohort cohort, DateOnly today)
    {
        if (Status != EnrolmentStatus.Enrolled) return false;
        foreach (var module in version.Modules)
        {
            var progress = ProgressOf(module.Id);
            if (progress.CompletedOn is not null || !ChecklistFor(module, cohort.Sessions).IsComplete) continue;
            progress.CompletedOn = today;
            AddDomainEvent(new ProgrammeModuleCompleted(PersonId, module.Id, module.Title.Nb, today,
                module.Grants.Select(g => new CompetenceGrant(g.CompetenceAreaId, g.Level, g.ValidMonths)).ToList()));
        }
        if (version.Modules.Any(m => ProgressOf(m.Id).CompletedOn is null)) return false;
        Status = EnrolmentStatus.Completed;
        CompletedOn = today;
        AddDomainEvent(new EnrolmentStatusChanged(Id, CohortId, PersonId, Status, false));
        return true;
    }

    private ModuleProgress ProgressOf(Guid moduleId)
    {
        var progress = Modules.FirstOrDefault(m => m.ModuleId == moduleId);
        if (progress is null) Modules.Add(progress = new ModuleProgress { ModuleId = moduleId });
        return progress;
    }

    private void EnsureParticipant()
    {
        if (Status != EnrolmentStatus.Enrolled) throw new BusinessException(NavLederprogramErrorCodes.NotAParticipant) { IsConflict = true };
    }
}
