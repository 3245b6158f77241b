using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

/// <summary>A person moved office, or took up or left a job role: what is required of them may have changed.</summary>
[ModuleContract]
public sealed record PersonPlacementChanged(Guid PersonId) : Events.IDomainEvent;
