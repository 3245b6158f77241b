using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>
/// A person's competence. For the caller's own profile, a user not linked to a person gets an empty profile with
/// <see cref="NoPerson"/> saying why (person and office are then null) rather than an error.
/// </summary>
public sealed record CompetenceProfileDto(
    Guid? PersonId, string PersonName, Guid? OfficeId, string OfficeName, StatusCountsDto Summary,
    IReadOnlyList<RequirementStatusDto> Requirements,
    /// <summary>What to work on first: overdue, expired, then by deadline or expiry.</summary>
    IReadOnlyList<RequirementStatusDto> Next,
    IReadOnlyList<EvidenceDto> Evidence,
    NoPersonDto? NoPerson = null);
