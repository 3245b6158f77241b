namespace NavLederprogram.Competence;

/// <summary>
/// Competence that completing something gives: a competence area at a level, valid for some months or for good.
/// Other modules carry these in their completion events; the competence module turns them into evidence.
/// </summary>
public sealed record CompetenceGrant(Guid CompetenceAreaId, int Level, int? ValidMonths);
