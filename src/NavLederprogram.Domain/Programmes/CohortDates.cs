using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>The dates that frame a cohort: the enrolment window, then the run from start to end.</summary>
public sealed record CohortDates(DateOnly EnrolmentOpensOn, DateOnly EnrolmentClosesOn, DateOnly StartsOn, DateOnly EndsOn)
{
    /// <summary>The rule itself, for input validation too: the window closes before the cohort ends, and it ends after it starts.</summary>
    public static string? FirstOutOfOrder(DateOnly opens, DateOnly closes, DateOnly starts, DateOnly ends) =>
        closes < opens ? "enrolmentClosesOn" : starts < opens ? "startsOn" : ends < starts ? "endsOn" : closes > ends ? "enrolmentClosesOn" : null;
}
