namespace NavLederprogram.Development;

/// <summary>A plan for the caller (<see cref="PersonId"/> empty) or, by a facilitator of the cohort, for a leader in it.</summary>
public sealed class CreateDevelopmentPlanInput
{
    public Guid? CohortId { get; set; }
    public Guid? PersonId { get; set; }
}
