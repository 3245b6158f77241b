namespace NavLederprogram.Programmes;

/// <summary>A cohort as an evaluation target: its region, its gatherings, and the modules of its programme version.</summary>
[ModuleContract]
public sealed record EvaluationCohortCard(Guid Id, string Name, Guid? RegionId, IReadOnlyList<EvaluationGatheringCard> Gatherings,
    IReadOnlyList<EvaluationModuleCard> Modules);
