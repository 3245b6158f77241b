namespace NavLederprogram.Development;

/// <summary>What a goal says and how it is measured, checked: a text within its limits, a target only with an indicator.</summary>
public sealed record GoalContent
{
    public string Title { get; }
    public string? Description { get; }
    public Guid? IndicatorId { get; }
    public decimal? TargetValue { get; }
    public DateOnly? DueOn { get; }

    /// <param name="indicator">The indicator the goal is measured by, which checks the target; null for a goal without one.</param>
    public GoalContent(string? title, string? description, ResultIndicator? indicator, decimal? targetValue, DateOnly? dueOn)
    {
        var t = title?.Trim() ?? "";
        if (t.Length is 0 or > DevelopmentConsts.TitleMax) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "title" };
        var d = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        if (d is { Length: > DevelopmentConsts.TextMax }) throw new BusinessException(NavLederprogramErrorCodes.ValidationFailed) { Field = "description" };
        if (targetValue is not null && indicator is null)
            throw new BusinessException(NavLederprogramErrorCodes.GoalTargetNeedsIndicator) { Field = "targetValue" };
        Title = t;
        Description = d;
        IndicatorId = indicator?.Id;
        TargetValue = targetValue is { } v ? indicator!.CheckValue(v, "targetValue") : null;
        DueOn = dueOn;
    }
}
