namespace NavLederprogram.PeerSupervision;

/// <summary>A region or office the report can be narrowed to.</summary>
public sealed record SupervisionReportOptionDto(Guid Id, string Name);
