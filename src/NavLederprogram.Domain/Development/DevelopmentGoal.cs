namespace NavLederprogram.Development;

/// <summary>
/// A goal of a plan, optionally measured by an indicator of the plan's office against a target. It is agreed when the coach marks
/// it so; changing what it says or how it is measured undoes the agreement, since the coach agreed to something else.
/// </summary>
public sealed class DevelopmentGoal
{
    public Guid Id { get; private set; }
    public string Title { get; private set; } = "";
    public string? Description { get; private set; }
    public GoalStatus Status { get; private set; }
    public Guid? IndicatorId { get; private set; }
    public decimal? TargetValue { get; private set; }
    public DateTime? AgreedAt { get; private set; }
    public Guid? AgreedByUserId { get; private set; }
    public DateOnly? DueOn { get; private set; }

    private DevelopmentGoal() { }

    internal DevelopmentGoal(Guid id, GoalContent content)
    {
        Id = id;
        Status = GoalStatus.Active;
        Apply(content);
    }

    public bool IsAgreed => AgreedAt is not null;

    internal void Change(GoalContent content)
    {
        if (Status != GoalStatus.Active) throw new BusinessException(NavLederprogramErrorCodes.GoalClosed) { IsConflict = true };
        var changed = content.Title != Title || content.Description != Description || content.IndicatorId != IndicatorId
            || content.TargetValue != TargetValue || content.DueOn != DueOn;
        Apply(content);
        if (changed) (AgreedAt, AgreedByUserId) = (null, null);
    }

    internal void Agree(Guid coachUserId, DateTime now)
    {
        if (Status != GoalStatus.Active) throw new BusinessException(NavLederprogramErrorCodes.GoalClosed) { IsConflict = true };
        AgreedAt ??= DateTime.SpecifyKind(now, DateTimeKind.Utc);
        AgreedByUserId ??= coachUserId;
    }

    internal void SetStatus(GoalStatus status) => Status = status;

    private void Apply(GoalContent content)
    {
        Title = content.Title;
        Description = content.Description;
        IndicatorId = content.IndicatorId;
        TargetValue = content.TargetValue;
        DueOn = content.DueOn;
    }
}
