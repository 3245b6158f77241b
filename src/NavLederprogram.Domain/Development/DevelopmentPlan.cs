using NavLederprogram.Development.Events;
using NavLederprogram.Entities;

namespace NavLederprogram.Development;

/// <summary>
/// A leader's individual development plan in one cohort: goals agreed with their coach (a facilitator of the cohort), measured by
/// results of the office the plan names, with progress notes and the facilitators' feedback. One plan per leader per cohort.
/// Nothing private lives here: coaching notes and private notes are encrypted rows of their own.
/// </summary>
public class DevelopmentPlan : AuditedAggregateRoot
{
    private readonly List<DevelopmentGoal> _goals = [];
    private readonly List<ProgressNote> _progressNotes = [];
    private readonly List<FacilitatorFeedback> _feedback = [];

    public Guid PersonId { get; private set; }
    public Guid CohortId { get; private set; }
    public Guid OfficeId { get; private set; }
    public Guid? CoachUserId { get; private set; }
    public IReadOnlyList<DevelopmentGoal> Goals => _goals;
    public IReadOnlyList<ProgressNote> ProgressNotes => _progressNotes;
    public IReadOnlyList<FacilitatorFeedback> Feedback => _feedback;

    private DevelopmentPlan() { }

    /// <param name="coachUserId">A facilitator of the cohort (the caller checks it against the cohort), or null until one is chosen.</param>
    public DevelopmentPlan(Guid id, Guid personId, Guid cohortId, Guid officeId, Guid? coachUserId) : base(id)
    {
        PersonId = personId;
        CohortId = cohortId;
        OfficeId = officeId;
        CoachUserId = coachUserId;
    }

    /// <summary>The plan's coach, chosen among the cohort's facilitators (checked by the caller against the cohort).</summary>
    public void ChangeCoach(Guid? coachUserId) => CoachUserId = coachUserId;

    /// <summary>The office whose results count; goals measured on the old office's results keep their indicator, not its values.</summary>
    public void ChangeOffice(Guid officeId) => OfficeId = officeId;

    public DevelopmentGoal GetGoal(Guid goalId) =>
        _goals.FirstOrDefault(g => g.Id == goalId) ?? throw new EntityNotFoundException(typeof(DevelopmentGoal), goalId);

    public DevelopmentGoal AddGoal(Guid goalId, GoalContent content)
    {
        if (_goals.Count >= DevelopmentConsts.MaxGoals)
            throw new BusinessException(NavLederprogramErrorCodes.PlanTooManyGoals, DevelopmentConsts.MaxGoals) { IsConflict = true };
        var goal = new DevelopmentGoal(goalId, content);
        _goals.Add(goal);
        return goal;
    }

    public void ChangeGoal(Guid goalId, GoalContent content) => GetGoal(goalId).Change(content);

    /// <summary>The coach marks a goal agreed; only the plan's coach may (the caller checks who calls).</summary>
    public void AgreeGoal(Guid goalId, Guid coachUserId, DateTime now)
    {
        if (CoachUserId != coachUserId) throw new BusinessException(NavLederprogramErrorCodes.NotCoach) { IsConflict = true };
        GetGoal(goalId).Agree(coachUserId, now);
    }

    public void SetGoalStatus(Guid goalId, GoalStatus status) => GetGoal(goalId).SetStatus(status);

    public ProgressNote AddProgressNote(Guid id, Guid? goalId, Guid authorUserId, string? text, DateTime now)
    {
        if (goalId is { } g) GetGoal(g);
        var note = new ProgressNote(id, goalId, authorUserId, Text(text, DevelopmentConsts.TextMax), now);
        _progressNotes.Add(note);
        return note;
    }

    /// <summary>Feedback on the results: the leader is told through <see cref="FacilitatorFeedbackGiven"/>.</summary>
    public FacilitatorFeedback GiveFeedback(Guid id, Guid? goalId, Guid authorUserId, string? text, DateTime now)
    {
        if (goalId is { } g) GetGoal(g);
        var feedback = new FacilitatorFeedback(id, goalId, authorUserId, Text(text, DevelopmentConsts.TextMax), now);
        _feedback.Add(feedback);
        AddDomainEvent(new FacilitatorFeedbackGiven(Id, PersonId, CohortId, goalId, authorUserId));
        return feedback;
    }

    private static string Text(string? text, int max)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0 || t.Length > max) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "text" };
        return t;
    }
}
