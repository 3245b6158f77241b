namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Supervision in the viewer's scope, counts only: in total, per region, per group and members per office (rows sorted by
/// name), with the regions and offices the viewer may narrow it to.
/// </summary>
public sealed record SupervisionReportDto(
    string ScopeName,
    SupervisionCountsDto Total,
    IReadOnlyList<SupervisionRegionRowDto> ByRegion,
    IReadOnlyList<SupervisionGroupRowDto> Groups,
    IReadOnlyList<SupervisionOfficeRowDto> ByOffice,
    IReadOnlyList<SupervisionReportOptionDto> Regions,
    IReadOnlyList<SupervisionReportOptionDto> Offices);
