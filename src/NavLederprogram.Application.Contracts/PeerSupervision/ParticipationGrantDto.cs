namespace NavLederprogram.PeerSupervision;

/// <summary>Competence that taking part in supervision grants: an area at a level, valid for some months or for good.</summary>
public sealed record ParticipationGrantDto(Guid CompetenceAreaId, string CompetenceAreaName, int Level, int? ValidMonths);
