using System.Globalization;
using MiniExcelLibs;
using NavLederprogram.Export;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;
using NavLederprogram.Validation;

namespace NavLederprogram.Competence;

public sealed class GapAnalysisAppService(
    ICompetenceGapQueries statuses,
    ICompetenceCatalogueRepository catalogue,
    ICompetenceRequirementRepository requirements,
    IOrganisationQueries organisation,
    CompetenceAccess access) : IGapAnalysisAppService
{
    /// <summary>Largest export; the whole country's leaders with all their requirements fit many times over.</summary>
    public const int MaxExportRows = 500_000;

    public async Task<GapSummaryDto> GetSummaryAsync(GapQuery query, CancellationToken ct)
    {
        var filter = await ToFilterAsync(query.RegionId, query.OfficeId, query.JobRoleId, query.CompetenceAreaId, null, query.IncludeRecommended, ct);
        var names = await NamesAsync(ct);
        var byArea = await statuses.CountAsync(filter, GapGrouping.CompetenceArea, ct);
        var byRole = await statuses.CountAsync(filter, GapGrouping.JobRole, ct);
        var byRequirement = await statuses.CountAsync(filter, GapGrouping.Requirement, ct);
        var unitGrouping = query.OfficeId is not null ? (GapGrouping?)null
            : query.RegionId is null && filter.OfficeIds is null ? GapGrouping.Region : GapGrouping.Office;
        var byUnit = unitGrouping is { } grouping ? await statuses.CountAsync(filter, grouping, ct) : [];
        var requirementNames = (await requirements.GetAllAsync(ct)).ToDictionary(r => r.Id,
            r => $"{names.Role(r.JobRoleId)} – {names.Area(r.CompetenceAreaId)}" + (r.RegionId is { } region ? $" ({names.Region(region)})" : r.OfficeId is { } office ? $" ({names.Office(office)})" : ""));

        var scopeName = query.OfficeId is { } officeId ? names.Office(officeId)
            : query.RegionId is { } regionId ? names.Region(regionId)
            : LocalizationTexts.Get(filter.OfficeIds is null ? "Competence:WholeCountry" : "Competence:MyScope");
        var total = byArea.Aggregate(new StatusCount(Guid.Empty, null, 0, 0, 0, 0, 0, 0), (a, c) =>
            new StatusCount(Guid.Empty, null, a.Total + c.Total, a.Met + c.Met, a.ExpiringSoon + c.ExpiringSoon, a.Expired + c.Expired,
                a.MissingWithinDeadline + c.MissingWithinDeadline, a.Overdue + c.Overdue));

        List<GapRowDto> Rows(IReadOnlyList<StatusCount> counts, Func<Guid, string> name) =>
            counts.Select(c => new GapRowDto(c.Key, name(c.Key), ToDto(c))).OrderBy(r => r.Counts.Coverage).ThenBy(r => r.Name).ToList();
        return new GapSummaryDto(scopeName, ToDto(total), Rows(byArea, names.Area), Rows(byRole, names.Role),
            Rows(byRequirement, id => requirementNames.GetValueOrDefault(id, "")),
            Rows(byUnit, unitGrouping == GapGrouping.Region ? names.Region : names.Office));
    }

    public async Task<HeatmapDto> GetHeatmapAsync(GapQuery query, CancellationToken ct)
    {
        var filter = await ToFilterAsync(query.RegionId, query.OfficeId, query.JobRoleId, query.CompetenceAreaId, null, query.IncludeRecommended, ct);
        var cells = await statuses.CountAsync(filter, GapGrouping.OfficeAndCompetenceArea, ct);
        var names = await NamesAsync(ct);
        var areaIds = cells.Select(c => c.SecondKey!.Value).ToHashSet();
        var columns = names.Areas.Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.Code).Select(a => new NamedReference(a.Id, a.Name.Local())).ToList();
        var rows = cells.GroupBy(c => c.Key).Select(g =>
            {
                var office = names.Offices.GetValueOrDefault(g.Key);
                return new HeatmapRowDto(g.Key, office?.Name ?? "", office?.RegionId ?? Guid.Empty, office is null ? "" : names.Region(office.RegionId),
                    g.OrderBy(c => c.SecondKey).Select(c => new HeatmapCellDto(c.SecondKey!.Value, c.Total, c.Covered, ToDto(c).Coverage)).ToList());
            })
            .OrderBy(r => r.RegionName, StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false))
            .ThenBy(r => r.OfficeName, StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false)).ToList();
        return new HeatmapDto(columns, rows);
    }

    public async Task<PagedResult<GapPersonDto>> GetPeopleAsync(GapPeopleQuery query, CancellationToken ct)
    {
        var request = query.ToPageRequest();
        var filter = await ToFilterAsync(query.RegionId, query.OfficeId, query.JobRoleId, query.CompetenceAreaId, query.Status, query.IncludeRecommended, ct);
        var page = await statuses.GetPeopleAsync(filter, request, ct);
        var names = await NamesAsync(ct);
        return new PagedResult<GapPersonDto>(page.TotalCount, page.Items.Select(r => ToDto(r, names)).ToList());
    }

    public async Task<ExportFile> ExportAsync(GapPeopleQuery query, ExportFormat format, CancellationToken ct)
    {
        new InputValidator().RequireEnum("format", (ExportFormat?)format).ThrowIfInvalid();
        // The same checks on search text and sort order as the list on screen; the export's own page is all rows.
        _ = query.ToPageRequest();
        var filter = await ToFilterAsync(query.RegionId, query.OfficeId, query.JobRoleId, query.CompetenceAreaId, query.Status, query.IncludeRecommended, ct);
        var names = await NamesAsync(ct);
        var people = (await statuses.GetPeopleAsync(filter, new PageRequest(query.Filter, query.Sorting, 0, MaxExportRows), ct)).Items.Select(r => ToDto(r, names)).ToList();
        string T(string key) => LocalizationTexts.Get($"Competence:Export.Column.{key}");
        var rows = people.Select(p => new Dictionary<string, object?>
        {
            [T("Name")] = p.Name,
            [T("EmployeeNumber")] = p.EmployeeNumber,
            [T("Office")] = p.OfficeName,
            [T("JobRole")] = p.JobRoleName,
            [T("Competence")] = p.CompetenceAreaName,
            [T("Mandatory")] = LocalizationTexts.Get(p.IsMandatory ? "Common:Yes" : "Common:No"),
            [T("RequiredLevel")] = p.RequiredLevel,
            [T("CurrentLevel")] = p.CurrentLevel,
            [T("Status")] = LocalizationTexts.EnumText(p.Status),
            [T("Deadline")] = p.Deadline.ToString("yyyy-MM-dd"),
            [T("ValidUntil")] = p.ValidUntil?.ToString("yyyy-MM-dd"),
        }).ToList();
        var fileName = $"{LocalizationTexts.Get("Competence:Export.FileName")}-{DateTime.UtcNow:yyyy-MM-dd}";

        if (format == ExportFormat.Csv)
        {
            var csv = await CsvExport.WriteAsync(rows.FirstOrDefault()?.Keys ?? HeaderKeys().Select(T), rows.Select(r => r.Values));
            return new ExportFile(csv, CsvExport.ContentType, fileName + ".csv");
        }

        var byArea = (await statuses.CountAsync(filter with { Status = null }, GapGrouping.CompetenceArea, ct))
            .Select(c => new Dictionary<string, object?>
            {
                [T("Competence")] = names.Area(c.Key),
                [T("Total")] = c.Total,
                [LocalizationTexts.EnumText(CompetenceStatus.Met)] = c.Met,
                [LocalizationTexts.EnumText(CompetenceStatus.ExpiringSoon)] = c.ExpiringSoon,
                [LocalizationTexts.EnumText(CompetenceStatus.Expired)] = c.Expired,
                [LocalizationTexts.EnumText(CompetenceStatus.MissingWithinDeadline)] = c.MissingWithinDeadline,
                [LocalizationTexts.EnumText(CompetenceStatus.Overdue)] = c.Overdue,
                [T("Coverage")] = Math.Round(ToDto(c).Coverage * 100, 1),
            }).OrderBy(r => r[T("Competence")]).ToList();
        await using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(new Dictionary<string, object>
        {
            [LocalizationTexts.Get("Competence:Export.Sheet.Summary")] = byArea,
            [LocalizationTexts.Get("Competence:Export.Sheet.People")] = rows,
        }, excelType: ExcelType.XLSX, cancellationToken: ct);
        return new ExportFile(xlsx.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }

    private static string[] HeaderKeys() => ["Name", "EmployeeNumber", "Office", "JobRole", "Competence", "Mandatory", "RequiredLevel", "CurrentLevel", "Status", "Deadline", "ValidUntil"];

    /// <summary>The viewer's scope, narrowed by the query; a region or office outside the scope does not exist for them.</summary>
    private async Task<GapFilter> ToFilterAsync(Guid? regionId, Guid? officeId, Guid? jobRoleId, Guid? areaId, CompetenceStatus? status, bool includeRecommended, CancellationToken ct)
    {
        var validator = new InputValidator();
        if (status is { } s && !Enum.IsDefined(s)) validator.Add("status", InputValidator.Unknown);
        validator.ThrowIfInvalid();
        var scope = await access.GetGapScopeAsync(ct);
        if (regionId is { } region && (!scope.CoversRegion(region) || await organisation.FindRegionNameAsync(region, ct) is null)) throw new EntityNotFoundException(nameof(Region), region);
        if (officeId is { } office && (!scope.CoversOffice(office) || await organisation.FindOfficeAsync(office, ct) is null)) throw new EntityNotFoundException(nameof(Office), office);
        return new GapFilter(scope.IsNational ? null : scope.OfficeIds, regionId, officeId, jobRoleId, areaId, status, !includeRecommended);
    }

    private GapPersonDto ToDto(PersonGapRow r, Names names) => new(r.PersonId, $"{r.FirstName} {r.LastName}", r.EmployeeNumber, r.OfficeId, names.Office(r.OfficeId),
        r.JobRoleId, names.Role(r.JobRoleId), r.CompetenceAreaId, names.Area(r.CompetenceAreaId), r.IsMandatory, r.RequiredLevel, r.CurrentLevel, r.Status, r.Deadline, r.ValidUntil);

    private static StatusCountsDto ToDto(StatusCount c) => StatusCountsDto.Of(c.Total, c.Met, c.ExpiringSoon, c.Expired, c.MissingWithinDeadline, c.Overdue);

    internal static StatusCountsDto Count(IEnumerable<CompetenceStatus> list)
    {
        var all = list.ToList();
        return StatusCountsDto.Of(all.Count, all.Count(s => s == CompetenceStatus.Met), all.Count(s => s == CompetenceStatus.ExpiringSoon), all.Count(s => s == CompetenceStatus.Expired),
            all.Count(s => s == CompetenceStatus.MissingWithinDeadline), all.Count(s => s == CompetenceStatus.Overdue));
    }

    private sealed record Names(IReadOnlyList<CompetenceArea> Areas, IReadOnlyDictionary<Guid, string> Roles, IReadOnlyDictionary<Guid, string> Regions, IReadOnlyDictionary<Guid, OfficeCard> Offices)
    {
        private readonly Dictionary<Guid, string> _areaNames = Areas.ToDictionary(a => a.Id, a => a.Name.Local());

        public string Area(Guid id) => _areaNames.GetValueOrDefault(id, "");
        public string Role(Guid id) => Roles.GetValueOrDefault(id, "");
        public string Region(Guid id) => Regions.GetValueOrDefault(id, "");
        public string Office(Guid id) => Offices.GetValueOrDefault(id)?.Name ?? "";
    }

    private async Task<Names> NamesAsync(CancellationToken ct) => new(
        await catalogue.GetAreasAsync(ct),
        (await organisation.GetJobRolesAsync(ct)).ToDictionary(r => r.Id, r => LocalizationTexts.Get(r.NameKey)),
        await organisation.GetRegionNamesAsync(ct),
        await organisation.GetOfficesAsync(ct));
}
