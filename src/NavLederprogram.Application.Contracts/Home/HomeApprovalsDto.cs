using NavLederprogram.Competence;
using NavLederprogram.Programmes;

namespace NavLederprogram.Home;

/// <summary>What waits for the caller's approval: programme drafts their party has not approved, and uploaded evidence.</summary>
public sealed record HomeApprovalsDto(string? PartyName, IReadOnlyList<HomeVersionDto> Drafts, int? EvidenceAwaiting);
