namespace NavLederprogram.Reporting;

/// <summary>Something the viewer may narrow the dashboard to.</summary>
public sealed record ReportOptionDto(Guid Id, string Name);
