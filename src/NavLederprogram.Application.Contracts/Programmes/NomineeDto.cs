using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Programmes;

/// <summary>
/// A leader who could be nominated: their job role, office and where they stand in the programme. When they cannot
/// be nominated to this cohort, <see cref="CanNominate"/> is false and <see cref="Reason"/> says why.
/// </summary>
public sealed record NomineeDto(Guid PersonId, string Name, string OfficeName, string JobRoleName,
    ProgrammeStanding Standing, string StandingName, Guid? StandingCohortId, string? StandingCohortName,
    bool AlreadyInCohort, bool CanNominate, string? Reason);
