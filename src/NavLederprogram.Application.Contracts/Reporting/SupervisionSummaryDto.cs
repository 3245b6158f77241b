using NavLederprogram.PeerSupervision;

namespace NavLederprogram.Reporting;

/// <summary>Supervision activity in total and per region: groups, members, meetings held and attendance.</summary>
public sealed record SupervisionSummaryDto(SupervisionCountsDto Total, IReadOnlyList<SupervisionRegionRowDto> ByRegion);
