using NavLederprogram.Entities;

namespace NavLederprogram.Competence;

/// <summary>What a requirement asks for, in one dated version.</summary>
public sealed record RequirementTerms(int MinimumLevel, int DeadlineMonths, int? RenewalMonths, bool IsMandatory);
