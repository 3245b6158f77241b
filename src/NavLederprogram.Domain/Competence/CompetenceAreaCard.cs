namespace NavLederprogram.Competence;

/// <summary>A competence area as other modules name and grant it.</summary>
[ModuleContract]
public sealed record CompetenceAreaCard(Guid Id, string Code, Guid ScaleId, LocalizedText Name);
