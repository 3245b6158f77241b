namespace NavLederprogram.Development;

/// <summary>A progress note or feedback, on the whole plan or on one goal.</summary>
public sealed class PlanTextInput
{
    public Guid? GoalId { get; set; }
    public string? Text { get; set; }
}
