using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>
/// Kull: one run of a published programme version for a region or the whole country, with a capacity, an enrolment
/// window, facilitators and a schedule. Its state moves planned → enrolment open → enrolment closed → running →
/// completed, or to cancelled, only by the rules below.
/// </summary>
public class Cohort : AuditedAggregateRoot
{
    private readonly List<CohortSession> _sessions = [];
    private readonly List<CohortModuleUnlock> _moduleUnlocks = [];
    private readonly List<CohortDeadline> _deadlines = [];

    public Guid ProgrammeVersionId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Null for a national cohort.</summary>
    public Guid? RegionId { get; private set; }
    public int Capacity { get; private set; }
    /// <summary>When set, applications and nominations wait for an admin before they take a seat.</summary>
    public bool RequiresApproval { get; private set; }
    public DateOnly EnrolmentOpensOn { get; private set; }
    public DateOnly EnrolmentClosesOn { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public CohortStatus Status { get; private set; }
    public string? StatusReason { get; private set; }
    public List<Guid> FacilitatorUserIds { get; private set; } = [];
    /// <summary>In no particular order; sort by <see cref="CohortSession.StartsAt"/>.</summary>
    public IReadOnlyList<CohortSession> Sessions => _sessions;
    public IReadOnlyList<CohortModuleUnlock> ModuleUnlocks => _moduleUnlocks;
    public IReadOnlyList<CohortDeadline> Deadlines => _deadlines;

    public CohortDates Dates => new(EnrolmentOpensOn, EnrolmentClosesOn, StartsOn, EndsOn);

    private Cohort() { }

    /// <summary>A new cohort on a published version, with a first schedule the admin then adjusts: modules unlock evenly over the run.</summary>
    public Cohort(Guid id, ProgrammeVersion version, string name, Guid? regionId, int capacity, bool requiresApproval, CohortDates dates,
        IReadOnlyList<Guid> facilitatorUserIds) : base(id)
    {
        if (version.Status != ProgrammeVersionStatus.Published) throw new BusinessException(NavLederprogramErrorCodes.VersionNotPublished) { Field = "programmeVersionId" };
        ProgrammeVersionId = version.Id;
        Name = name;
        RegionId = regionId;
        Status = CohortStatus.Planned;
        SetCapacity(capacity, 0);
        RequiresApproval = requiresApproval;
        SetDates(dates);
        FacilitatorUserIds = [.. facilitatorUserIds.Distinct()];
        DraftSchedule(version);
        AddDomainEvent(new CohortScheduleChanged(id));
    }

    public bool IsClosed => Status is CohortStatus.Completed or CohortStatus.Cancelled;

    public void ChangeDetails(string name, Guid? regionId, int capacity, bool requiresApproval, CohortDates dates, IReadOnlyList<Guid> facilitatorUserIds, int enrolledCount)
    {
        EnsureOpenForChanges();
        Name = name;
        RegionId = regionId;
        SetCapacity(capacity, enrolledCount);
        RequiresApproval = requiresApproval;
        SetDates(dates);
        FacilitatorUserIds = [.. facilitatorUserIds.Distinct()];
        AddDomainEvent(new CohortScheduleChanged(Id));
    }

    public CohortSession GetSession(Guid sessionId) =>
        _sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw new EntityNotFoundException(typeof(CohortSession), sessionId);

    public void ScheduleSession(Guid sessionId, DateTime startsAtUtc, int durationMinutes, string? place, string? videoLink)
    {
        EnsureOpenForChanges();
        GetSession(sessionId).Reschedule(startsAtUtc, durationMinutes, place, videoLink);
        AddDomainEvent(new CohortScheduleChanged(Id));
    }

    public void SetModuleUnlock(Guid moduleId, DateOnly unlocksOn)
    {
        EnsureOpenForChanges();
        var unlock = _moduleUnlocks.FirstOrDefault(u => u.ModuleId == moduleId) ?? throw new BusinessException(NavLederprogramErrorCodes.ModuleNotFound) { Field = "moduleId" };
        if (unlocksOn < StartsOn || unlocksOn > EndsOn) throw new BusinessException(NavLederprogramErrorCodes.SessionOutsideCohort) { Field = "unlocksOn" };
        unlock.UnlocksOn = unlocksOn;
        AddDomainEvent(new CohortScheduleChanged(Id));
    }

    public void SetDeadline(Guid assignmentId, DateOnly dueOn)
    {
        EnsureOpenForChanges();
        var deadline = _deadlines.FirstOrDefault(d => d.AssignmentId == assignmentId) ?? throw new EntityNotFoundException(typeof(CohortDeadline), assignmentId);
        if (dueOn < StartsOn || dueOn > EndsOn) throw new BusinessException(NavLederprogramErrorCodes.SessionOutsideCohort) { Field = "dueOn" };
        deadline.DueOn = dueOn;
        AddDomainEvent(new CohortScheduleChanged(Id));
    }

    public bool IsModuleUnlocked(Guid moduleId, DateOnly today) =>
        Status is CohortStatus.Running or CohortStatus.Completed && _moduleUnlocks.Any(u => u.ModuleId == moduleId && u.UnlocksOn <= today);

    public void OpenEnrolment()
    {
        Transition(CohortStatus.EnrolmentOpen, CohortStatus.Planned, CohortStatus.EnrolmentClosed);
        AddDomainEvent(new CohortStatusChanged(Id, Status));
    }

    public void CloseEnrolment()
    {
        Transition(CohortStatus.EnrolmentClosed, CohortStatus.EnrolmentOpen);
        AddDomainEvent(new CohortStatusChanged(Id, Status));
    }

    public void Start(int enrolledCount)
    {
        if (Status is not (CohortStatus.EnrolmentOpen or CohortStatus.EnrolmentClosed)) throw NotAllowed(CohortStatus.Running);
        if (enrolledCount == 0) throw new BusinessException(NavLederprogramErrorCodes.CohortNoParticipants) { IsConflict = true };
        Status = CohortStatus.Running;
        AddDomainEvent(new CohortStatusChanged(Id, Status));
    }

    /// <summary>Completes the run. Assignments still waiting for a facilitator block it, unless an admin forces it and says why.</summary>
    public void Complete(int openAssessments, bool force, string? reason)
    {
        if (Status != CohortStatus.Running) throw NotAllowed(CohortStatus.Completed);
        if (openAssessments > 0 && !force) throw new BusinessException(NavLederprogramErrorCodes.CohortOpenAssessments, openAssessments) { IsConflict = true };
        if (force && string.IsNullOrWhiteSpace(reason)) throw new BusinessException(NavLederprogramErrorCodes.CohortForceNeedsReason) { Field = "reason" };
        Status = CohortStatus.Completed;
        StatusReason = force ? reason!.Trim() : null;
        AddDomainEvent(new CohortStatusChanged(Id, Status));
    }

    public void Cancel(string? reason)
    {
        if (IsClosed) throw NotAllowed(CohortStatus.Cancelled);
        if (string.IsNullOrWhiteSpace(reason)) throw new BusinessException(NavLederprogramErrorCodes.CohortForceNeedsReason) { Field = "reason" };
        Status = CohortStatus.Cancelled;
        StatusReason = reason.Trim();
        AddDomainEvent(new CohortStatusChanged(Id, Status));
    }

    /// <summary>Whether people can apply or be nominated today.</summary>
    public bool AcceptsEnrolment(DateOnly today) => AcceptsEnrolment(Status, EnrolmentOpensOn, EnrolmentClosesOn, today);

    public static bool AcceptsEnrolment(CohortStatus status, DateOnly opensOn, DateOnly closesOn, DateOnly today) =>
        status == CohortStatus.EnrolmentOpen && today >= opensOn && today <= closesOn;

    private void Transition(CohortStatus to, params CohortStatus[] from)
    {
        if (!from.Contains(Status)) throw NotAllowed(to);
        Status = to;
    }

    private BusinessException NotAllowed(CohortStatus to) =>
        new(NavLederprogramErrorCodes.CohortTransitionNotAllowed, LocalizationTexts.EnumKey(Status), LocalizationTexts.EnumKey(to)) { IsConflict = true };

    private void EnsureOpenForChanges()
    {
        if (IsClosed) throw new BusinessException(NavLederprogramErrorCodes.CohortScheduleLocked) { IsConflict = true };
    }

    private void SetCapacity(int capacity, int enrolledCount)
    {
        if (capacity < 1 || capacity > ProgrammeConsts.MaxCapacity) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "capacity" };
        if (capacity < enrolledCount) throw new BusinessException(NavLederprogramErrorCodes.CohortCapacityBelowEnrolled, enrolledCount) { Field = "capacity", IsConflict = true };
        Capacity = capacity;
    }

    private void SetDates(CohortDates dates)
    {
        if (CohortDates.FirstOutOfOrder(dates.EnrolmentOpensOn, dates.EnrolmentClosesOn, dates.StartsOn, dates.EndsOn) is { } field)
            throw new BusinessException(NavLederprogramErrorCodes.CohortDatesOutOfOrder) { Field = field };
        var shift = dates.StartsOn.DayNumber - StartsOn.DayNumber;
        var hadSchedule = _moduleUnlocks.Count > 0;
        (EnrolmentOpensOn, EnrolmentClosesOn, StartsOn, EndsOn) = (dates.EnrolmentOpensOn, dates.EnrolmentClosesOn, dates.StartsOn, dates.EndsOn);
        // Moving the start moves the whole schedule with it, so that a postponed cohort keeps its rhythm.
        if (!hadSchedule || shift == 0) return;
        foreach (var unlock in _moduleUnlocks) unlock.UnlocksOn = Clamp(unlock.UnlocksOn.AddDays(shift));
        foreach (var deadline in _deadlines) deadline.DueOn = Clamp(deadline.DueOn.AddDays(shift));
        foreach (var session in _sessions) session.Reschedule(session.StartsAt.AddDays(shift), session.DurationMinutes, session.Place, session.VideoLink);
    }

    private DateOnly Clamp(DateOnly day) => day < StartsOn ? StartsOn : day > EndsOn ? EndsOn : day;

    private void DraftSchedule(ProgrammeVersion version)
    {
        var modules = version.Modules;
        var days = EndsOn.DayNumber - StartsOn.DayNumber;
        for (var i = 0; i < modules.Count; i++)
        {
            var module = modules[i];
            var unlocksOn = StartsOn.AddDays(modules.Count == 0 ? 0 : days * i / modules.Count);
            _moduleUnlocks.Add(new CohortModuleUnlock(module.Id, unlocksOn));
            var day = unlocksOn;
            foreach (var gathering in module.Gatherings)
            {
                var startsAt = OsloTime.ToUtc(day, new TimeOnly(9, 0));
                _sessions.Add(new CohortSession(Guid.CreateVersion7(), module.Id, gathering.Id, gathering.Title.Nb, gathering.Format, startsAt, gathering.DurationMinutes, null, null));
                day = day.AddDays(1);
            }
            foreach (var assignment in module.Assignments)
                _deadlines.Add(new CohortDeadline(module.Id, assignment.Id, Clamp(unlocksOn.AddDays(assignment.DueDaysAfterUnlock))));
        }
    }
}
