namespace NavLederprogram.Evaluations;

public sealed class CreateEvaluationInput
{
    public Guid? QuestionSetId { get; set; }
    public string? Title { get; set; }
    public EvaluationTargetKind? TargetKind { get; set; }
    /// <summary>The gathering (session), module, cohort, course, supervision group or meeting.</summary>
    public Guid? TargetId { get; set; }
    /// <summary>The cohort of a gathering or module.</summary>
    public Guid? CohortId { get; set; }
    public DateTime? OpensAt { get; set; }
    public DateTime? ClosesAt { get; set; }
}
