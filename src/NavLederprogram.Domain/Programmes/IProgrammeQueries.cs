using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

/// <summary>What other modules read of cohorts' work in progress.</summary>
[ModuleContract]
public interface IProgrammeQueries
{
    /// <summary>Submissions in a cohort that await a facilitator's assessment.</summary>
    Task<int> CountOpenAssessmentsAsync(Guid cohortId, CancellationToken ct = default);
}
