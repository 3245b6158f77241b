namespace NavLederprogram.PeerSupervision;

/// <summary>A supervision group as an evaluation target.</summary>
[ModuleContract]
public sealed record EvaluationGroupCard(Guid Id, string Name, Guid RegionId);
