using System.Globalization;
using MiniExcelLibs;
using NavLederprogram.Competence;
using NavLederprogram.Export;
using NavLederprogram.Identity;
using NavLederprogram.Localization;
using NavLederprogram.Organisation;
using NavLederprogram.Validation;

namespace NavLederprogram.PeerSupervision;

/// <summary>
/// Supervision in the viewer's scope, counts only: a coordinator sees the groups their offices' people take part in,
/// national admins the country. Nothing a member or supervisor wrote (agreement, case, reflection) is read for it.
/// </summary>
public sealed class SupervisionReportAppService(
    ISupervisionReportQueries queries,
    IOrganisationQueries organisation,
    IPersonDirectory people,
    CurrentAccessScope accessScope,
    TimeProvider clock) : ISupervisionReportAppService
{
    private const string Texts = "Page:PeerSupervision.Reports.";
    private static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), false);

    public async Task<SupervisionReportDto> GetAsync(SupervisionReportQuery query, CancellationToken ct)
    {
        Validate(query);
        var scope = await accessScope.GetAsync(ct);
        var offices = await organisation.GetOfficesAsync(ct);
        var regions = await organisation.GetRegionNamesAsync(ct);
        var (filter, scopeName) = ToFilter(query, scope, offices, regions);
        var activity = await queries.CountAsync(filter, ct);
        var supervisorIds = activity.Groups.Select(g => g.SupervisorPersonId).Distinct().ToList();
        var supervisors = supervisorIds.Count == 0 ? []
            : (await people.GetListAsync(supervisorIds, ct)).ToDictionary(p => p.Id, p => p.FullName);

        var membersOf = activity.Memberships.ToLookup(m => m.GroupId);
        var groups = activity.Groups
            .Select(g => new SupervisionGroupRowDto(g.GroupId, g.Name, g.Kind,
                membersOf[g.GroupId].Select(m => OfficeName(offices, m.OfficeId)).Distinct().Order(NameOrder).ToList(),
                supervisors.GetValueOrDefault(g.SupervisorPersonId, ""), membersOf[g.GroupId].Sum(m => m.Members),
                g.MeetingsHeld, g.MeetingsCancelled, SupervisionCountsDto.Rate(g.Attended, g.Expected)))
            .OrderBy(g => g.Name, NameOrder).ToList();

        // A coordinator counts the people of their own offices; a pooled group's other offices are left to their own coordinators.
        var byOffice = activity.Memberships
            .Where(m => (filter.OfficeIds is null || filter.OfficeIds.Contains(m.OfficeId))
                && (filter.OfficeId is null || m.OfficeId == filter.OfficeId))
            .GroupBy(m => m.OfficeId)
            .Select(o => new SupervisionOfficeRowDto(o.Key, OfficeName(offices, o.Key), o.Select(m => m.GroupId).Distinct().Count(),
                o.Sum(m => m.Members)))
            .OrderBy(o => o.Name, NameOrder).ToList();

        var supervisorsByRegion = activity.Supervisors.ToDictionary(s => s.RegionId, s => s.Supervisors);
        var groupsByRegion = activity.Groups.ToLookup(g => g.RegionId);
        var byRegion = groupsByRegion.Select(g => g.Key).Union(supervisorsByRegion.Keys)
            .Select(id => new SupervisionRegionRowDto(id, regions.GetValueOrDefault(id, ""),
                Counts(groupsByRegion[id].ToList(), membersOf, supervisorsByRegion.GetValueOrDefault(id))))
            .OrderBy(r => r.Name, NameOrder).ToList();

        var total = Counts(activity.Groups, membersOf, activity.Supervisors.Sum(s => s.Supervisors));
        return new SupervisionReportDto(scopeName, total, byRegion, groups, byOffice, RegionOptions(scope, offices, regions),
            OfficeOptions(scope, offices, query.RegionId));
    }

    public async Task<ExportFile> ExportAsync(SupervisionReportQuery query, ExportFormat format, CancellationToken ct)
    {
        new InputValidator().RequireEnum("format", (ExportFormat?)format).ThrowIfInvalid();
        var report = await GetAsync(query, ct);
        static string T(string key) => LocalizationTexts.Get(Texts + key);
        var fileName = $"{T("Export.FileName")}-{OsloTime.Today(clock):yyyy-MM-dd}";
        if (format == ExportFormat.Csv)
        {
            // One table: the grouping in the first column, so the file sorts and filters as one sheet.
            string[] columns = ["Grouping", "Name", "Kind", "Offices", "Supervisor", "Groups", "Supervisors", "Members", "MeetingsHeld",
                "MeetingsCancelled", "AttendanceRate"];
            var rows = report.ByRegion.Select(r => new object?[]
                {
                    T("ByRegion"), r.Name, null, null, null, r.Counts.Groups, r.Counts.Supervisors, r.Counts.Members,
                    r.Counts.MeetingsHeld, r.Counts.MeetingsCancelled, Percent(r.Counts.AttendanceRate),
                })
                .Concat(report.Groups.Select(g => new object?[]
                {
                    T("ByGroup"), g.Name, LocalizationTexts.EnumText(g.Kind), string.Join(", ", g.Offices), g.SupervisorName, null, null,
                    g.Members, g.MeetingsHeld, g.MeetingsCancelled, Percent(g.AttendanceRate),
                }))
                .Concat(report.ByOffice.Select(o => new object?[]
                {
                    T("ByOffice"), o.Name, null, null, null, o.Groups, null, o.Members, null, null, null,
                }));
            var csv = await CsvExport.WriteAsync(columns.Select(c => T("Column." + c)), rows);
            return new ExportFile(csv, CsvExport.ContentType, fileName + ".csv");
        }
        var sheets = new Dictionary<string, object>
        {
            [T("ByRegion")] = report.ByRegion.Select(r => new Dictionary<string, object?>
            {
                [T("Column.Region")] = Safe(r.Name),
                [T("Column.Groups")] = r.Counts.Groups,
                [T("Column.Supervisors")] = r.Counts.Supervisors,
                [T("Column.Members")] = r.Counts.Members,
                [T("Column.MeetingsHeld")] = r.Counts.MeetingsHeld,
                [T("Column.MeetingsCancelled")] = r.Counts.MeetingsCancelled,
                [T("Column.AttendanceRate")] = Percent(r.Counts.AttendanceRate),
            }).ToList(),
            [T("ByGroup")] = report.Groups.Select(g => new Dictionary<string, object?>
            {
                [T("Column.Name")] = Safe(g.Name),
                [T("Column.Kind")] = LocalizationTexts.EnumText(g.Kind),
                [T("Column.Offices")] = Safe(string.Join(", ", g.Offices)),
                [T("Column.Supervisor")] = Safe(g.SupervisorName),
                [T("Column.Members")] = g.Members,
                [T("Column.MeetingsHeld")] = g.MeetingsHeld,
                [T("Column.MeetingsCancelled")] = g.MeetingsCancelled,
                [T("Column.AttendanceRate")] = Percent(g.AttendanceRate),
            }).ToList(),
            [T("ByOffice")] = report.ByOffice.Select(o => new Dictionary<string, object?>
            {
                [T("Column.Office")] = Safe(o.Name),
                [T("Column.Groups")] = o.Groups,
                [T("Column.Members")] = o.Members,
            }).ToList(),
        };
        await using var xlsx = new MemoryStream();
        await xlsx.SaveAsAsync(sheets, excelType: ExcelType.XLSX, cancellationToken: ct);
        return new ExportFile(xlsx.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName + ".xlsx");
    }

    private static SupervisionCountsDto Counts(IReadOnlyCollection<SupervisionGroupCount> groups,
        ILookup<Guid, SupervisionMembershipCount> membersOf, int supervisors)
    {
        var attended = groups.Sum(g => g.Attended);
        var expected = groups.Sum(g => g.Expected);
        return new SupervisionCountsDto(groups.Count, supervisors, groups.Sum(g => membersOf[g.GroupId].Sum(m => m.Members)),
            groups.Sum(g => g.MeetingsHeld), groups.Sum(g => g.MeetingsCancelled), attended, expected,
            SupervisionCountsDto.Rate(attended, expected));
    }

    private static decimal Percent(decimal rate) => Math.Round(rate * 100, 1);

    /// <summary>A name someone typed (a group's name) or the HR system sent is text in the spreadsheet, never a formula.</summary>
    private static string Safe(string text) => CsvExport.Neutralized(text) ?? text;

    private static string OfficeName(IReadOnlyDictionary<Guid, OfficeCard> offices, Guid id) => offices.GetValueOrDefault(id)?.Name ?? "";

    /// <summary>The regions the viewer may narrow the report to: every region nationally, else those their offices lie in.</summary>
    private static List<SupervisionReportOptionDto> RegionOptions(AccessScope scope, IReadOnlyDictionary<Guid, OfficeCard> offices,
        IReadOnlyDictionary<Guid, string> regions) =>
        regions.Where(r => scope.IsNational || offices.Values.Any(o => o.RegionId == r.Key && scope.OfficeIds.Contains(o.Id)))
            .Select(r => new SupervisionReportOptionDto(r.Key, r.Value)).OrderBy(r => r.Name, NameOrder).ToList();

    /// <summary>The offices in scope, of the chosen region; the whole country's offices are too many to choose from without one.</summary>
    private static List<SupervisionReportOptionDto> OfficeOptions(AccessScope scope, IReadOnlyDictionary<Guid, OfficeCard> offices,
        Guid? regionId) =>
        scope.IsNational && regionId is null ? []
            : offices.Values.Where(o => scope.CoversOffice(o.Id) && (regionId is null || o.RegionId == regionId))
                .Select(o => new SupervisionReportOptionDto(o.Id, o.Name)).OrderBy(o => o.Name, NameOrder).ToList();

    private static void Validate(SupervisionReportQuery query)
    {
        var validator = new InputValidator().SupportedDate("from", query.From).SupportedDate("to", query.To);
        if (query.From is { } from && query.To is { } to && to < from)
            validator.Add("to", "Validation:DateOrder", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        validator.ThrowIfInvalid();
    }

    /// <summary>
    /// The viewer's scope narrowed by the query, with its name; a region or office they cannot see does not exist for them.
    /// </summary>
    private static (SupervisionReportFilter Filter, string ScopeName) ToFilter(SupervisionReportQuery query, AccessScope scope,
        IReadOnlyDictionary<Guid, OfficeCard> offices, IReadOnlyDictionary<Guid, string> regions)
    {
        string? scopeName = null;
        if (query.RegionId is { } regionId && (!scope.CoversRegion(regionId) || !regions.TryGetValue(regionId, out scopeName)))
            throw new EntityNotFoundException("Region", regionId);
        if (query.OfficeId is { } officeId)
            scopeName = scope.CoversOffice(officeId) && offices.TryGetValue(officeId, out var office) ? office.Name
                : throw new EntityNotFoundException("Office", officeId);
        scopeName ??= ScopeName(scope, offices, regions);
        var filter = new SupervisionReportFilter(scope.IsNational ? null : scope.OfficeIds, query.RegionId, query.OfficeId,
            query.From is { } start ? OsloTime.ToUtc(start, TimeOnly.MinValue) : null,
            query.To is { } end ? OsloTime.ToUtc(end.AddDays(1), TimeOnly.MinValue) : null);
        return (filter, scopeName);
    }

    /// <summary>The whole country, one office or one whole region is named; any other scope is "your area".</summary>
    private static string ScopeName(AccessScope scope, IReadOnlyDictionary<Guid, OfficeCard> offices,
        IReadOnlyDictionary<Guid, string> regions)
    {
        if (scope.IsNational) return LocalizationTexts.Get(Texts + "WholeCountry");
        if (scope.OfficeIds.Count == 1 && offices.TryGetValue(scope.OfficeIds.First(), out var office)) return office.Name;
        if (scope.RegionIds.Count == 1 && regions.TryGetValue(scope.RegionIds.First(), out var region)
            && offices.Values.Where(o => o.RegionId == scope.RegionIds.First()).All(o => scope.OfficeIds.Contains(o.Id)))
            return region;
        return LocalizationTexts.Get(Texts + "MyScope");
    }
}
