using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>A module of a cohort's programme version, as an evaluation target.</summary>
[ModuleContract]
public sealed record EvaluationModuleCard(Guid Id, TranslatedText Title);
