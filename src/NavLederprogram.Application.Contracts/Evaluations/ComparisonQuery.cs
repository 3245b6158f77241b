namespace NavLederprogram.Evaluations;

/// <summary>Every evaluation of a question set, one column per cohort, narrowed by region and by when they opened ([From, To]).</summary>
public sealed class ComparisonQuery
{
    public Guid? QuestionSetId { get; set; }
    public Guid? RegionId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}
