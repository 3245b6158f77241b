namespace NavLederprogram.PeerSupervision;

/// <summary>A person who can be invited: name and office.</summary>
public sealed record SupervisionCandidateDto(Guid PersonId, string Name, string OfficeName);
