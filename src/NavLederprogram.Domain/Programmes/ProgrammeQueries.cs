using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

public sealed class ProgrammeQueries(IEnrolmentRepository enrolments) : IProgrammeQueries
{
    public async Task<int> CountOpenAssessmentsAsync(Guid cohortId, CancellationToken ct = default) =>
        (await enrolments.GetForCohortAsync(cohortId, ct)).Sum(e => e.OpenAssessments);
}
