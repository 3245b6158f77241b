namespace NavLederprogram.Evaluations;

/// <summary>Where a free-text answer stands: facilitators see it only once approved, or approved with names redacted.</summary>
public enum FreeTextReview
{
    Pending,
    Approved,
    Redacted,
}
