using NavLederprogram.Competence;

namespace NavLederprogram.Programmes.Events;

/// <summary>A participant completed a programme module in a cohort.</summary>
public sealed record ProgrammeModuleCompleted(Guid PersonId, Guid ModuleId, string ModuleName, DateOnly CompletedOn, IReadOnlyList<CompetenceGrant> Grants)
    : NavLederprogram.Events.IDomainEvent;
