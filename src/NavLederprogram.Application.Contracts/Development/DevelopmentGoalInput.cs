namespace NavLederprogram.Development;

public sealed class DevelopmentGoalInput
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public Guid? IndicatorId { get; set; }
    public decimal? TargetValue { get; set; }
    public DateOnly? DueOn { get; set; }
}
