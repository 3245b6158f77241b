namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Narrows the supervision report to a period (days in Oslo, both included), a region or an office; always within the
/// viewer's scope.
/// </summary>
public sealed record SupervisionReportQuery(DateOnly? From = null, DateOnly? To = null, Guid? RegionId = null, Guid? OfficeId = null);
